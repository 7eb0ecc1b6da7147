package io.commerce.load;

/** One correctness check after a scenario. */
public record Check(String scenario, String name, boolean passed, String detail) {

    static Check of(String scenario, String name, boolean passed, String detail) {
        return new Check(scenario, name, passed, detail);
    }

    static Check equal(String scenario, String name, Object expected, Object actual) {
        return new Check(scenario, name, expected.equals(actual), "expected " + expected + ", got " + actual);
    }
}
