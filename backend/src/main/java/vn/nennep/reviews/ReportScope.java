package vn.nennep.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.BadParameter;
import vn.nennep.common.NotFound;
import vn.nennep.common.Params;
import vn.nennep.common.Time;
import vn.nennep.organizations.Organization;

/**
 * What the four reports share about their parameters: the subtree's root, required and readable by the caller (another
 * subtree is a 403, as for the scorecard), the year (default this one), and the local days as instants.
 */
@ApplicationScoped
public class ReportScope {

    private final Access access;

    public ReportScope(Access access) {
        this.access = access;
    }

    /** The organization named by the {@code organizationId} parameter: 400 when absent or malformed, 404, 403. */
    Organization readable(String organizationId) {
        if (organizationId == null || organizationId.isBlank()) {
            throw new BadParameter("organizationId", "error.param.required");
        }
        UUID id = Params.uuid("organizationId", organizationId);
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw new NotFound("resource.organization", id);
        }
        access.requireRead(organization);
        return organization;
    }

    /** The {@code year} parameter: 2000–2100, default the current local year. */
    static int year(String value) {
        return Params.integer("year", value, today().getYear(), 2000, 2100);
    }

    /** Today in Asia/Ho_Chi_Minh. */
    static LocalDate today() {
        return LocalDate.now(Time.LOCAL);
    }

    /** The first instant of a local day. */
    static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Time.LOCAL).toOffsetDateTime();
    }

    /** An optional UUID parameter as the queries take it: its text, or '' for none. */
    static String idText(String name, String value) {
        UUID id = Params.uuid(name, value);
        return id == null ? "" : id.toString();
    }
}
