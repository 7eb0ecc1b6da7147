package io.commerce.platform.testapp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP to the test application as a client sends it, and the answer exactly as it comes back. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    public Api(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String code() {
            return json().path("code").asString();
        }
    }

    /** A request to {@code path} with {@code token} as its bearer token, or none if it is null. */
    public HttpRequest.Builder request(String path, String token) {
        var request = HttpRequest.newBuilder(base.resolve(path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer postJson(String path, String token, String body) {
        return post(path, token, "application/json", BodyPublishers.ofString(body));
    }

    /** Posts {@code body} without declaring its length: it arrives in chunks, and only reading it shows its size. */
    public Answer postJsonChunked(String path, String token, String body) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(path, token, "application/json", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    public Answer post(String path, String token, String contentType, BodyPublisher body) {
        return send(request(path, token).header("Content-Type", contentType).POST(body));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
