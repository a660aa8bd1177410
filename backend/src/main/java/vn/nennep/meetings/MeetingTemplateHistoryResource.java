package vn.nennep.meetings;

import static vn.nennep.audit.HistoryDiff.state;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Who changed an organization's own checklist and score sheet, when and how: {@code .../meeting-templates/history}. */
@Path("/api/v1/organizations/{id}/meeting-templates/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeetingTemplateHistoryResource {

    private final MeetingTemplateService templates;

    public MeetingTemplateHistoryResource(MeetingTemplateService templates) {
        this.templates = templates;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging, @Context HttpHeaders headers) {
        UUID organizationId = Params.id("id", id);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-trinh-tu-sinh-hoat", paging,
                page -> templates.history(organizationId, (t, revision) -> state("procedure", t.procedure,
                        "criteria", MeetingHistoryResource.lines(t.criteria,
                                c -> c.code() + " | " + c.name() + " | " + c.max() + " | " + c.key())), page));
    }
}
