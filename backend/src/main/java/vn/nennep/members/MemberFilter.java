package vn.nennep.members;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/** Filters of a branch's roster as sent (text); {@link #parse} reads them, a 400 naming the parameter if it cannot. */
public class MemberFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("status")
    public String status;
    @QueryParam("exempt")
    public String exempt;
    @QueryParam("externalId")
    public String externalId;

    /** The filters parsed, as the service takes them; null where not given. */
    public record Query(String q, MemberStatus status, Boolean exempt, String externalId, OffsetDateTime updatedSince) {
    }

    /** Parses the filters and the list's {@code updatedSince}: a 400 naming the first one that cannot be read. */
    public Query parse(ListParams paging) {
        return new Query(q, Params.enumValue("status", status, MemberStatus.class), Params.bool("exempt", exempt),
                externalId, Params.instant("updatedSince", paging.updatedSince));
    }
}
