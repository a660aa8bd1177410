package vn.nennep.changes;

import static vn.nennep.support.Api.api;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.nennep.database.LocalPostgres;
import vn.nennep.support.TestDatabase;

/** Reading the change feed in tests: where it ends now, and everything after a cursor. */
final class Feed {

    static final String CHANGES = "/api/v1/changes";

    private Feed() {
    }

    /** A plain JDBC connection to the test database (autocommit on). */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(LocalPostgres.jdbcUrl(TestDatabase.NAME), LocalPostgres.USER, "");
    }

    /** The feed's end now: one read numbers what has committed, then the highest number. */
    static long head() {
        api().queryParam("limit", 1).get(CHANGES).then().statusCode(200);
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM change_outbox")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every change after {@code after} the caller sees, following {@code next} until an empty page. */
    static List<Map<String, Object>> all(Supplier<RequestSpecification> caller, long after) {
        return all(caller, after, 1000);
    }

    static List<Map<String, Object>> all(Supplier<RequestSpecification> caller, long after, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        long cursor = after;
        while (true) {
            Map<String, Object> page = caller.get().queryParam("after", cursor).queryParam("limit", limit)
                    .get(CHANGES).then().statusCode(200).extract().path("$");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> got = (List<Map<String, Object>>) page.get("items");
            if (got.isEmpty()) {
                if (((Number) page.get("next")).longValue() < cursor) {
                    throw new AssertionError("a cursor never moves back");
                }
                return items;
            }
            items.addAll(got);
            cursor = ((Number) page.get("next")).longValue();
        }
    }

    /** The changes of one resource id, in feed order, as "resource OPERATION". */
    static List<String> of(List<Map<String, Object>> items, String id) {
        return items.stream().filter(i -> id.equals(i.get("id")))
                .map(i -> i.get("resource") + " " + i.get("operation")).toList();
    }

    static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("id")).toList();
    }
}
