package io.commerce.load;

/**
 * A target of the benchmark, met or not, with what was measured; {@code n/a} where the run is not the one it is
 * stated for.
 */
public record Target(String name, String goal, String measured, String status) {

    Target(String name, String goal, String measured, boolean met, boolean applies) {
        this(name, goal, measured, !applies ? "n/a" : met ? "MET" : "MISSED");
    }
}
