package vn.nennep.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Requests whose every response is checked against {@code openapi.yaml}: status, headers and body schema. Requests
 * are not checked, so that tests can send bad input on purpose.
 */
public final class Api {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(CONTRACT.toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private static final OpenApiValidationFilter CONTRACT_CHECK = new OpenApiValidationFilter(VALIDATOR);

    private Api() {
    }

    private static volatile String adminToken;

    /** A JSON request as the test suite's system administrator, whose response must match the contract. */
    public static RequestSpecification api() {
        return as(adminToken());
    }

    /** The same, with the given bearer token (another role's, from {@code Fixtures.tokenFor}). */
    public static RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** The same, with no credential at all. */
    public static RequestSpecification anonymous() {
        return given().filter(CONTRACT_CHECK).contentType(ContentType.JSON);
    }

    /** A request outside the contract (unknown paths, wrong methods): nothing to check it against. */
    public static RequestSpecification raw() {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + adminToken());
    }

    /** Signs in with a password and returns the access token. */
    public static String login(String username, String password) {
        return anonymous().body(java.util.Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    private static String adminToken() {
        if (adminToken == null) {
            adminToken = login(TestDatabase.ADMIN_USERNAME, TestDatabase.ADMIN_PASSWORD);
        }
        return adminToken;
    }
}
