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

    /** A JSON request whose response must match the contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT_CHECK).contentType(ContentType.JSON);
    }

    /** A request outside the contract (unknown paths, wrong methods): nothing to check it against. */
    public static RequestSpecification raw() {
        return given().contentType(ContentType.JSON);
    }
}
