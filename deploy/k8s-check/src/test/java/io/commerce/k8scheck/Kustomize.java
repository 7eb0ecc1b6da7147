package io.commerce.k8scheck;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders an overlay with kubectl's built-in Kustomize, no cluster needed. */
final class Kustomize {

    static final String MISSING = "kubectl was not found: these checks render deploy/k8s with `kubectl kustomize`. "
            + "Install kubectl (1.27 or newer, it embeds Kustomize 5) on the PATH, or point the KUBECTL "
            + "environment variable at it.";

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Manifests overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> Manifests.parse(n, render(Repo.path("deploy/k8s/overlays/" + n))));
    }

    /** The base on its own, before an overlay adds to it or changes it. */
    static Manifests base() {
        return RENDERED.computeIfAbsent("deploy/k8s/base", dir -> Manifests.parse("base", render(Repo.path(dir))));
    }

    static String render(Path kustomizationDir) {
        var kubectl = locate(System.getenv()).orElseGet(() -> fail(MISSING));
        try {
            var errorFile = Files.createTempFile("kustomize", ".err");
            var process = new ProcessBuilder(kubectl.toString(), "kustomize", kustomizationDir.toString())
                    .redirectError(errorFile.toFile()).start();
            var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return fail("kubectl kustomize " + kustomizationDir + " did not finish within 2 minutes");
            }
            var errors = Files.readString(errorFile);
            Files.deleteIfExists(errorFile);
            if (process.exitValue() != 0) {
                return fail("kubectl kustomize " + kustomizationDir + " failed (exit " + process.exitValue() + "):\n"
                        + errors);
            }
            return out;
        } catch (IOException e) {
            return fail("Could not run " + kubectl + ": " + e.getMessage() + "\n" + MISSING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while running kubectl");
        }
    }

    /** KUBECTL if set (it must then exist), else the first executable kubectl on the PATH. */
    static Optional<Path> locate(Map<String, String> environment) {
        var explicit = environment.get("KUBECTL");
        if (explicit != null && !explicit.isBlank()) {
            var path = Path.of(explicit);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        var searchPath = environment.getOrDefault("PATH", "");
        for (var dir : List.of(searchPath.split(File.pathSeparator))) {
            if (dir.isBlank()) {
                continue;
            }
            var candidate = Path.of(dir, "kubectl");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
