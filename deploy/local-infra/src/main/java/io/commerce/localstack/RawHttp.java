package io.commerce.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request sent byte for byte over a socket, for the tests of what servers refuse: HTTP client libraries encode,
 * normalise or refuse the very paths those tests must send ({@code //}, {@code /./}, {@code %2F}, {@code %00}).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What the server on {@code port} answers to {@code GET <rawPath>}, with {@code token} as bearer if not null. */
    public static Answer get(int port, String rawPath, String token) {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var request = "GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            var head = end < 0 ? answer : answer.substring(0, end);
            return new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, end < 0 ? "" : answer.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A raw answer: its status, its head as sent, and its body (any chunked framing left in). */
    public record Answer(int status, String head, String body) {

        public boolean isProblem() {
            return head.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json");
        }
    }
}
