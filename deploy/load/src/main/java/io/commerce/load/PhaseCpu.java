package io.commerce.load;

import java.util.Map;

/** The CPU each process spent in one phase (ms), and the phase's wall-clock length (ms). */
public record PhaseCpu(long wallMs, Map<String, Long> cpuMs) {

    static PhaseCpu of(PhaseSampler.Phase phase) {
        return new PhaseCpu(phase.wallMs(), phase.cpuMs());
    }

    public long totalMs() {
        return cpuMs.values().stream().mapToLong(Long::longValue).sum();
    }
}
