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

    private final DocumentNumbering numbering;

    public DocumentTypeResource(DocumentNumbering numbering) {
        this.numbering = numbering;
    }

    @GET
    public PageResponse<DocumentTypeResponse> list() {
        return numbering.documentTypes();
    }
}
