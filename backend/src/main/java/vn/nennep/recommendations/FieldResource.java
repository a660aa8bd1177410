package vn.nennep.recommendations;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.nennep.common.PageResponse;

/** The fields of recommendations, their names and default due periods: {@code /recommendation-fields}, one page. */
@Authenticated
@Path("/api/v1/recommendation-fields")
@Produces(MediaType.APPLICATION_JSON)
public class FieldResource {

    /** A field as the API shows it. */
    public record FieldResponse(RecommendationField code, String name, String nameEn, int defaultDueDays) {
    }

    private final RecommendationService recommendations;

    public FieldResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    public PageResponse<FieldResponse> list() {
        return recommendations.fields();
    }
}
