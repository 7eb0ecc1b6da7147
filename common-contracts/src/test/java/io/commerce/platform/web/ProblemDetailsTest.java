package io.commerce.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerce.contracts.error.ErrorKind;
import io.commerce.localstack.DevTokens;
import io.commerce.localstack.RawHttp;
import io.commerce.platform.testapp.Api;
import io.commerce.platform.testapp.Api.Answer;
import io.commerce.platform.testapp.PlatformTest;
import io.commerce.platform.testapp.TallyService;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every failure a client can cause comes back as {@code application/problem+json} with a stable {@code code},
 * over real HTTP: the request body limit is a servlet filter, so a slice test would not see all of it.
 */
@PlatformTest
class ProblemDetailsTest {

    private static final String PAYMENTS = "/api/v1/tallies";

    @LocalServerPort
    int port;

    private Api api;
    private String member;
    private String token;

    @BeforeEach
    void aFreshMember() {
        api = new Api(port);
        member = "member-" + UUID.randomUUID();
        token = DevTokens.shared().memberToken(member);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"amount\":", "not json", "[1000]", "{\"amount\":\"a lot\"}", "{\"amount\":1.5}",
            "{\"amount\":\"1000\"}", "{\"amount\":true}", "{\"amount\":99999999999999999999}", "",
            "{\"amount\":1000,\"amount\":1}"})
    void a_body_that_is_not_json_of_the_expected_shape_is_a_400_malformed_request_and_changes_nothing(String body) {
        var answer = api.postJson(PAYMENTS, token, body);

        assertProblem(answer, 400, "MALFORMED_REQUEST");
        assertThat(answer.json().get("type").asString()).isEqualTo("https://commerce.example/problems/malformed-request");
        assertThat(answer.json().get("title").asString()).isEqualTo("Bad Request");
        assertNothingPaid();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"amount\":null}", "{\"amount\":0}", "{\"amount\":-5}"})
    void a_body_that_breaks_its_rules_is_a_400_validation_failure_naming_the_field(String body) {
        var answer = api.postJson(PAYMENTS, token, body);

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertThat(answer.json().get("errors")).singleElement()
                .satisfies(error -> assertThat(error.get("field").asString()).isEqualTo("amount"));
        assertNothingPaid();
    }

    @ParameterizedTest
    @CsvSource({"top=0,VALIDATION_FAILED", "top=11,VALIDATION_FAILED", "top=abc,INVALID_PARAMETER",
            "top=1.5,INVALID_PARAMETER", "other=1,MISSING_PARAMETER"})
    void a_query_parameter_that_is_missing_mistyped_or_out_of_range_is_a_400_with_its_code(String query, String code) {
        var answer = api.get(PAYMENTS + "?" + query, token);

        assertProblem(answer, 400, code);
        if (code.equals("VALIDATION_FAILED")) {
            assertThat(answer.json().get("errors")).singleElement()
                    .satisfies(error -> assertThat(error.get("field").asString()).isEqualTo("top"));
        } else {
            assertThat(answer.json().get("detail").asString()).contains("top");
        }
    }

    @Test
    void a_body_over_the_limit_is_a_413_whether_its_length_is_declared_or_it_arrives_in_chunks() {
        var huge = "{\"amount\":1000,\"padding\":\"" + "x".repeat(70_000) + "\"}";

        var declared = api.postJson(PAYMENTS, token, huge);
        var chunked = api.postJsonChunked(PAYMENTS, token, huge);

        assertProblem(declared, 413, "PAYLOAD_TOO_LARGE");
        assertProblem(chunked, 413, "PAYLOAD_TOO_LARGE");
        assertNothingPaid();
        // just under the limit is read as usual: the limit is the body's size, not the padding's presence
        var justUnder = "{\"amount\":1000,\"padding\":\"" + "x".repeat(60_000) + "\"}";
        assertThat(api.postJsonChunked(PAYMENTS, token, justUnder).status()).isEqualTo(201);
    }

    /** Refused by Tomcat (an encoded separator, a NUL) or by Spring Security's firewall (the rest). */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/tallies%2Fmine", "/api/v1/tallies%5Cmine", "/api/v1//tallies/mine",
            "/api/v1/./tallies/mine", "/api/v1/tallies/mine;jsessionid=1", "/api/v1/tallies/mine%00",
            "/api/v1/tallies/%2e%2e/mine", "/api/v1/tallies/mine%0d%0a"})
    void a_path_the_server_refuses_before_any_controller_is_a_400_problem_with_a_code(String path) {
        var answer = RawHttp.get(port, path, token);

        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        assertThat(answer.isProblem()).as(answer.head() + "\n" + answer.body()).isTrue();
        assertThat(answer.body()).contains("\"code\":\"REQUEST_REJECTED\"").doesNotContain("<html");
        assertNothingPaid();
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        var answer = api.get("/api/v1/nowhere", token);

        assertProblem(answer, 404, "NOT_FOUND");
        assertThat(answer.json().get("detail").asString()).isEqualTo("No such resource.");
    }

    @Test
    void a_method_the_route_does_not_take_is_a_405_problem() {
        assertProblem(api.send(api.request(PAYMENTS + "/mine", token).DELETE()), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_body_that_is_not_json_at_all_is_a_415_problem() {
        assertProblem(api.post(PAYMENTS, token, "text/plain", BodyPublishers.ofString("1000")), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertNothingPaid();
    }

    @ParameterizedTest
    @CsvSource({"INVALID,400", "NOT_FOUND,404", "CONFLICT,409", "UNPROCESSABLE,422"})
    void a_domain_refusal_answers_the_status_of_its_kind_with_its_own_code_and_message(ErrorKind kind, int status) {
        var answer = api.get("/api/v1/refusals/" + kind, token);

        assertProblem(answer, status, "REFUSED_" + kind);
        assertThat(answer.json().get("detail").asString()).isEqualTo("Refused as " + kind + ".");
        assertThat(answer.json().get("type").asString())
                .isEqualTo("https://commerce.example/problems/refused-" + kind.name().toLowerCase().replace('_', '-'));
    }

    @Test
    void a_use_case_refusing_is_a_problem_with_the_domain_code_and_a_success_reads_the_caller() {
        assertProblem(api.get(PAYMENTS + "/mine", token), 404, "TALLY_NOT_FOUND");
        assertProblem(api.postJson(PAYMENTS, token, "{\"amount\":" + (TallyService.LIMIT + 1) + "}"), 422,
                "TALLY_LIMIT_EXCEEDED");

        var paid = api.postJson(PAYMENTS, token, "{\"amount\":2500}");
        var mine = api.get(PAYMENTS + "/mine", token);

        assertThat(paid.status()).isEqualTo(201);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("memberId").asString()).isEqualTo(member);
        assertThat(mine.json().get("total").asLong()).isEqualTo(2_500);
    }

    @Test
    void a_service_refusing_more_work_is_a_503_with_its_code_and_a_retry_after_in_whole_seconds_rounded_up() {
        var answer = api.get("/api/v1/refusals/busy", token);

        assertProblem(answer, 503, "TALLIES_BACKLOGGED");
        assertThat(answer.headers().firstValue("Retry-After")).contains("2");
    }

    @Test
    void a_request_that_finds_no_free_database_connection_in_time_is_a_503_service_busy_not_an_error() {
        var answer = api.get("/api/v1/refusals/pool-exhausted", token);

        assertProblem(answer, 503, "SERVICE_BUSY");
        assertThat(answer.headers().firstValue("Retry-After")).contains("1");
    }

    @Test
    void a_request_whose_database_connection_is_lost_under_it_is_a_503_service_unavailable_not_an_error() {
        var answer = api.get("/api/v1/refusals/connection-lost", token);

        assertProblem(answer, 503, "SERVICE_UNAVAILABLE");
        assertThat(answer.headers().firstValue("Retry-After")).contains("5");
    }

    @Test
    void a_bug_is_a_500_problem_that_tells_the_client_nothing_of_it() {
        var answer = api.get("/api/v1/refusals/bug", token);

        assertProblem(answer, 500, "INTERNAL_ERROR");
        assertThat(answer.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                .doesNotContain("at io.commerce");
    }

    @Test
    void a_path_variable_of_the_wrong_type_is_a_400_invalid_parameter() {
        assertProblem(api.get("/api/v1/refusals/SOMETIMES", token), 400, "INVALID_PARAMETER");
    }

    private void assertNothingPaid() {
        assertProblem(api.get(PAYMENTS + "/mine", token), 404, "TALLY_NOT_FOUND");
    }

    static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    }
}
