package vn.nennep.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.nennep.support.Api;

/** The running application publishes exactly openapi.yaml, plus its Swagger UI, health and metrics. */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servesTheContractFileAsIs() throws IOException {
        JsonNode file = YAML.readTree(Files.readString(Api.CONTRACT));
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(file, YAML.readTree(served), "GET /q/openapi must serve openapi.yaml unchanged");
    }

    @Test
    void servesSwaggerUiHealthAndMetrics() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        String ready = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(ready, containsString("\"status\": \"UP\""));
        assertThat(ready, containsString("Database connections health check"));
        Api.api().get("/api/v1/organizations").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("uri=\"/api/v1/organizations\""));
    }
}
