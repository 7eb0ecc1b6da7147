package io.commerce.load;

import io.commerce.localstack.EmbeddedPostgresServer;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only looks into the services' databases, for the correctness checks. */
final class Db {

    private final EmbeddedPostgresServer postgres;

    Db(EmbeddedPostgresServer postgres) {
        this.postgres = postgres;
    }

    String url(String database) {
        return postgres.jdbcUrl(database);
    }

    /** Rows of a query, each as an array of its columns. */
    List<Object[]> rows(String database, String sql, Object... params) {
        try (var connection = DriverManager.getConnection(url(database), postgres.username(), postgres.password());
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rs = statement.executeQuery()) {
                var rows = new ArrayList<Object[]>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    var row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query on " + database + " failed: " + sql, e);
        }
    }

    long number(String database, String sql, Object... params) {
        var value = rows(database, sql, params).getFirst()[0];
        return value == null ? 0 : ((Number) value).longValue();
    }

    double decimal(String database, String sql, Object... params) {
        var value = rows(database, sql, params).getFirst()[0];
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
