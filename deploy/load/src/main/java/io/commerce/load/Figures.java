package io.commerce.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures a scenario measured, by kind, as {@code summary.json} holds them: {@code costs} (CPU ms per unit of
 * work, over every process of the suite, the broker and the load generator included), {@code rates} (per second),
 * {@code ratios} (fractions: 0.55, not 55) and {@code latenciesMs}.
 */
record Figures(Map<String, Double> costs, Map<String, Double> rates, Map<String, Double> ratios,
        Map<String, Double> latenciesMs) {

    Figures {
        costs = inOrder(costs);
        rates = inOrder(rates);
        ratios = inOrder(ratios);
        latenciesMs = inOrder(latenciesMs);
    }

    static Figures none() {
        return new Figures(Map.of(), Map.of(), Map.of(), Map.of());
    }

    Figures cost(String key, double cpuMs) {
        return new Figures(with(costs, key, cpuMs), rates, ratios, latenciesMs);
    }

    Figures rate(String key, double perSecond) {
        return new Figures(costs, with(rates, key, perSecond), ratios, latenciesMs);
    }

    Figures ratio(String key, double fraction) {
        return new Figures(costs, rates, with(ratios, key, fraction), latenciesMs);
    }

    Figures latency(String key, double ms) {
        return new Figures(costs, rates, ratios, with(latenciesMs, key, ms));
    }

    private static Map<String, Double> inOrder(Map<String, Double> figures) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    private static Map<String, Double> with(Map<String, Double> figures, String key, double value) {
        var more = new LinkedHashMap<>(figures);
        if (more.put(key, value) != null) {
            throw new IllegalArgumentException("Figure " + key + " measured twice");
        }
        return more;
    }
}
