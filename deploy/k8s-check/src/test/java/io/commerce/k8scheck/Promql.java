package io.commerce.k8scheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What can be checked of a PromQL expression without Prometheus. */
final class Promql {

    /** A name with an underscore that is not a function's: a metric, given that the suite's labels have none. */
    private static final Pattern METRIC = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b(?!\\s*\\()");

    private Promql() {
    }

    /** The metrics an expression reads (label matchers and strings left out). */
    static Set<String> metrics(String expr) {
        var bare = expr.replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "");
        var metrics = new TreeSet<String>();
        var matcher = METRIC.matcher(bare);
        while (matcher.find()) {
            metrics.add(matcher.group());
        }
        return metrics;
    }

    /** What is unbalanced in an expression (brackets, quotes), empty if nothing. */
    static List<String> unbalanced(String expr) {
        var problems = new ArrayList<String>();
        var open = new ArrayList<Character>();
        var inString = false;
        for (var c : expr.toCharArray()) {
            if (c == '"') {
                inString = !inString;
            } else if (!inString && "({[".indexOf(c) >= 0) {
                open.add(c);
            } else if (!inString && ")}]".indexOf(c) >= 0) {
                if (open.isEmpty() || "({[".indexOf(open.removeLast()) != ")}]".indexOf(c)) {
                    problems.add("unmatched " + c);
                }
            }
        }
        if (!open.isEmpty()) {
            problems.add("unclosed " + open);
        }
        if (inString) {
            problems.add("unclosed string");
        }
        return problems;
    }
}
