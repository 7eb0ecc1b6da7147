package io.commerce.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A server stopped as an outage would stop it comes back on the same port with everything committed. */
class EmbeddedPostgresServerTest {

    @Test
    void a_stopped_server_refuses_connections_and_restarts_on_the_same_port_and_data() throws Exception {
        try (var server = EmbeddedPostgresServer.start(0)) {
            var url = server.jdbcUrl("outage");
            try (var connection = DriverManager.getConnection(url, server.username(), server.password())) {
                connection.createStatement().execute("create table kept (value int)");
                connection.createStatement().execute("insert into kept values (42)");
            }
            int port = server.port();

            server.stop();
            assertThatThrownBy(() -> DriverManager.getConnection(url, server.username(), server.password()).close())
                    .isInstanceOf(SQLException.class);

            server.restart();
            assertThat(server.port()).isEqualTo(port);
            try (var connection = DriverManager.getConnection(url, server.username(), server.password());
                 var result = connection.createStatement().executeQuery("select value from kept")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(42);
            }
        }
    }
}
