package vn.nennep.imports;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import vn.nennep.common.BadParameter;
import vn.nennep.common.Params;

/** Bulk import: {@code POST /imports/{resource}} (JSON array, NDJSON or CSV, read as a stream) and its job. */
@Authenticated
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Path("{resource}")
    @Consumes({MediaType.APPLICATION_JSON, "application/x-ndjson", "text/csv"})
    public ImportResult importRecords(@PathParam("resource") String resource,
            @QueryParam("dryRun") @DefaultValue("false") String dryRun,
            @QueryParam("atomic") @DefaultValue("false") String atomic,
            @QueryParam("jobId") String jobId,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            InputStream body) {
        return imports.run(resource, contentType, contentLength, body, flag("dryRun", dryRun),
                flag("atomic", atomic), key, language, Params.uuid("jobId", jobId));
    }

    /** The resource's CSV template: its Vietnamese headers and one example row (UTF-8 with a byte order mark). */
    @GET
    @Path("{resource}/template")
    @Produces("text/csv")
    public Response template(@PathParam("resource") String resource) {
        ImportTemplates.Template template = imports.template(resource);
        return Response.ok(template.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + template.filename() + "\"").build();
    }

    /** GET /imports/{jobId}: the contract's one path item names the segment {@code resource} for both operations. */
    @GET
    @Path("{resource}")
    public ImportJobResponse job(@PathParam("resource") String jobId) {
        return imports.job(Params.id("jobId", jobId));
    }

    private static boolean flag(String name, String value) {
        Boolean parsed = Params.bool(name, value);
        if (parsed == null) {
            throw new BadParameter(name, "error.param.required");
        }
        return parsed;
    }
}
