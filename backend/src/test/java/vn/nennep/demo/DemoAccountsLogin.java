package vn.nennep.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Passwords;
import vn.nennep.auth.User;
import vn.nennep.common.Time;
import vn.nennep.support.Api;

/**
 * Signs in as a demo account of a first start (its password printed once, so the test sets one) and names the demo's
 * records by their ids; for the tests that read the demo districts through the API.
 */
final class DemoAccountsLogin {

    private static final String PASSWORD = "mat-khau-du-lieu-mau";
    private static final Map<String, String> TOKENS = new HashMap<>();

    private DemoAccountsLogin() {
    }

    /** A request as that demo account, checked against the contract. */
    static synchronized RequestSpecification as(String username) {
        String token = TOKENS.get(username);
        if (token == null) {
            QuarkusTransaction.requiringNew().run(() -> User.<User>find("username", username).firstResult()
                    .passwordHash = Passwords.hash(PASSWORD));
            token = Api.login(username, PASSWORD);
            TOKENS.put(username, token);
        }
        return Api.as(token);
    }

    /** A Triệu Sơn record's or organization's id, as {@link DemoTrieuSon#idOf} makes it. */
    static String id(String key) {
        return DemoTrieuSon.idOf(key).toString();
    }

    static UUID uuid(String key) {
        return DemoTrieuSon.idOf(key);
    }

    /** The day {@code days} before today in Asia/Ho_Chi_Minh, the demo's reckoning. */
    static LocalDate daysAgo(int days) {
        return LocalDate.now(Time.LOCAL).minusDays(days);
    }
}
