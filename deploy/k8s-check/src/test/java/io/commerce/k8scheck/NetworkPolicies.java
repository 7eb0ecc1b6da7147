package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kubernetes' NetworkPolicy semantics over a set of policies, all in one namespace: whether a connection from one
 * endpoint to another on a port is allowed, by the egress rules isolating the source and the ingress rules isolating
 * the destination. Endpoints outside the namespace have no policies here, so nothing of theirs is in the way.
 */
final class NetworkPolicies {

    /** A pod (namespace, labels, named container ports, its IP) or an address outside the cluster (no namespace). */
    record Endpoint(String name, String namespace, Map<String, Object> labels, Map<String, Integer> ports, String ip) {

        static Endpoint pod(String name, String namespace, Map<String, Object> labels, Map<String, Integer> ports,
                String ip) {
            return new Endpoint(name, namespace, labels, ports, ip);
        }

        static Endpoint external(String name, String ip) {
            return new Endpoint(name, null, Map.of(), Map.of(), ip);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String namespace;
    private final List<Map<String, Object>> policies;

    NetworkPolicies(String namespace, List<Map<String, Object>> policies) {
        this.namespace = namespace;
        this.policies = List.copyOf(policies);
    }

    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        // a named port is the destination's, egress and ingress alike
        return allowed(from, to, port, protocol, "Egress", "egress", "to", to)
                && allowed(to, from, port, protocol, "Ingress", "ingress", "from", to);
    }

    /** TCP. */
    boolean allows(Endpoint from, Endpoint to, int port) {
        return allows(from, to, port, "TCP");
    }

    /** Through the policies selecting {@code subject}, towards or from {@code peer}; the port is {@code target}'s. */
    private boolean allowed(Endpoint subject, Endpoint peer, int port, String protocol, String type, String section,
            String peersKey, Endpoint target) {
        if (!namespace.equals(subject.namespace())) {
            return true;
        }
        var isolating = policies.stream()
                .filter(p -> Workloads.selects(map(p, "spec", "podSelector"), subject.labels()))
                .filter(p -> types(p).contains(type)).toList();
        if (isolating.isEmpty()) {
            return true;
        }
        for (var policy : isolating) {
            for (var rule : list(policy, "spec", section)) {
                var peers = list(rule, peersKey);
                var peerMatches = peers.isEmpty() || peers.stream().anyMatch(p -> matches(p, peer));
                var ports = list(rule, "ports");
                var portMatches = ports.isEmpty() || ports.stream().anyMatch(p -> matches(p, port, protocol, target));
                if (peerMatches && portMatches) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> types(Map<String, Object> policy) {
        var types = new ArrayList<String>();
        list(policy, "spec", "policyTypes").forEach(t -> types.add(String.valueOf(t)));
        if (types.isEmpty()) {
            types.add("Ingress");
            if (map(policy, "spec").containsKey("egress")) {
                types.add("Egress");
            }
        }
        return types;
    }

    private boolean matches(Object peer, Endpoint endpoint) {
        if (map(peer).containsKey("ipBlock")) {
            return endpoint.ip() != null && inBlock(endpoint.ip(), map(peer, "ipBlock"));
        }
        if (endpoint.namespace() == null) {
            return false;
        }
        var namespaceSelector = map(peer).containsKey("namespaceSelector") ? map(peer, "namespaceSelector") : null;
        if (namespaceSelector == null) {
            if (!namespace.equals(endpoint.namespace())) {
                return false;
            }
        } else if (!Workloads.selects(namespaceSelector,
                Map.of("kubernetes.io/metadata.name", endpoint.namespace()))) {
            return false;
        }
        return !map(peer).containsKey("podSelector") || Workloads.selects(map(peer, "podSelector"), endpoint.labels());
    }

    private static boolean matches(Object rulePort, int port, String protocol, Endpoint target) {
        if (!Objects.requireNonNullElse(string(rulePort, "protocol"), "TCP").equals(protocol)) {
            return false;
        }
        var declared = at(rulePort, "port");
        if (declared == null) {
            return true;
        }
        if (declared instanceof Integer number) {
            var end = at(rulePort, "endPort") instanceof Integer e ? e : number;
            return port >= number && port <= end;
        }
        return Integer.valueOf(port).equals(target.ports().get(String.valueOf(declared)));
    }

    private static boolean inBlock(String ip, Map<String, Object> block) {
        if (!inCidr(ip, string(block, "cidr"))) {
            return false;
        }
        return list(block, "except").stream().noneMatch(except -> inCidr(ip, String.valueOf(except)));
    }

    private static boolean inCidr(String ip, String cidr) {
        var parts = cidr.split("/");
        var bits = Integer.parseInt(parts[1]);
        var mask = bits == 0 ? 0L : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (address(ip) & mask) == (address(parts[0]) & mask);
    }

    private static long address(String ip) {
        var value = 0L;
        for (var octet : ip.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
