package vn.nennep.resolutions;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.nennep.common.PageResponse;

/** The known document types (reference data, seeded by the migration): the codes a document number may use. */
@Authenticated
@Path("/api/v1/document-types")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentTypeResource {

    private final ResolutionService resolutions;

    public DocumentTypeResource(ResolutionService resolutions) {
        this.resolutions = resolutions;
    }

    @GET
    public PageResponse<DocumentTypeResponse> list() {
        return resolutions.documentTypes();
    }
}
