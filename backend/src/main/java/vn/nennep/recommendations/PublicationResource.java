package vn.nennep.recommendations;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.nennep.auth.Role;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.PageQuery;
import vn.nennep.common.Params;
import vn.nennep.common.Problems;
import vn.nennep.common.Versions;

/** Notices publishing a briefing's accepted answers: {@code /recommendations/publications}. Written once. */
@Authenticated
@Path("/api/v1/recommendations/publications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationResource {

    private final PublicationService publications;

    public PublicationResource(PublicationService publications) {
        this.publications = publications;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every matching row as CSV (same filters). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response list(@BeanParam PublicationFilter filter, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        return CsvExport.pageOrCsv(headers, PublicationResponse.class, "thong-bao-kien-nghi", paging, p -> {
            PageQuery page = PageQuery.parse(p, PublicationService.SORTABLE, PublicationService.DEFAULT_SORT);
            return publications.list(filter.parse(p), page);
        });
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.OFFICE})
    public Response publish(@Valid @NotNull PublicationRequest request, @Context HttpHeaders headers) {
        PublicationResponse created = publications.publish(request, Problems.locale(headers));
        return Response.created(URI.create("/api/v1/recommendations/publications/" + created.id()))
                .tag(Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        PublicationResponse publication = publications.get(Params.id("id", id));
        return Response.ok(publication).tag(Versions.etag(publication.version())).build();
    }
}
