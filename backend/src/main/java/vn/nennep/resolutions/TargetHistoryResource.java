package vn.nennep.resolutions;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** A target's audit trail, newest first: who set or changed which threshold, and when. */
@Path("/api/v1/resolutions/{id}/targets/{targetId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TargetHistoryResource {

    private final TargetService targets;
    private final HistoryService history;

    public TargetHistoryResource(TargetService targets, HistoryService history) {
        this.targets = targets;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @PathParam("targetId") String targetId,
            @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID resolutionId = Params.id("id", id);
        UUID target = Params.id("targetId", targetId);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-chi-tieu", paging,
                page -> history.page(Target.class, target, () -> targets.readable(resolutionId, target),
                last -> resolutionId.equals(last.resolutionId),
                (t, revision) -> state("title", t.title, "metric", t.metric, "comparator", t.comparator,
                        "threshold", number(t.threshold), "tiers", tiers(t.tiers), "meetingKind", t.meetingKind,
                        "theme", t.theme, "unit", t.unit, "combinedThreshold", number(t.combinedThreshold),
                        "externalId", t.externalId),
                page));
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** Tiers as text, "[20, 50): 5", so that a change of one tier reads at a glance. */
    private static List<String> tiers(List<TargetRules.Tier> tiers) {
        return tiers == null ? null : tiers.stream().map(t -> "[" + t.minMembers() + ", "
                + (t.maxMembers() == null ? "∞" : t.maxMembers()) + "): " + t.threshold().stripTrailingZeros()
                        .toPlainString()).toList();
    }
}
