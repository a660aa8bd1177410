package vn.nennep.briefings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.Messages;
import vn.nennep.common.NotFound;
import vn.nennep.organizations.Organization;
import vn.nennep.zones.Zone;

/** Proposes who hosts a zone's briefings in a year ({@link Rotation}), from the briefings already recorded. */
@ApplicationScoped
public class RotationService {

    private final Access access;
    private final EntityManager em;

    public RotationService(Access access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    public RotationResponse rotation(UUID zoneId, int year, Locale locale) {
        Zone zone = Zone.findById(zoneId);
        if (zone == null) {
            throw new NotFound("resource.zone", zoneId);
        }
        access.requireZoneRead(Organization.findById(zone.districtId));
        List<Organization> communes = Organization.list("zoneId = ?1 and type = 'GRASSROOTS' order by name, id",
                zone.id);
        List<UUID> ids = communes.stream().map(o -> o.id).toList();
        LocalDate start = LocalDate.of(year, 1, 1);
        Map<Integer, Briefing> held = new HashMap<>();
        Briefing.<Briefing>list("zoneId = ?1 and month >= ?2 and month < ?3", zone.id, start, start.plusYears(1))
                .forEach(b -> held.put(b.month.getMonthValue(), b));
        Map<Integer, UUID> hosts = new HashMap<>();
        held.forEach((m, b) -> hosts.put(m, b.hostOrganizationId));
        List<Rotation.Slot> plan = Rotation.plan(year, ids, hosts, lastHostedBefore(zone.id, start));
        Map<UUID, Integer> planned = Rotation.counts(ids, plan);
        List<RotationResponse.Month> months = new ArrayList<>();
        for (Rotation.Slot slot : plan) {
            Briefing b = held.get(slot.month());
            months.add(new RotationResponse.Month(YearMonth.of(year, slot.month()).toString(), slot.hostId(),
                    slot.proposed(), b == null ? null : b.id, b == null ? null : b.heldOn));
        }
        List<RotationResponse.Host> hostRows = new ArrayList<>();
        List<RotationResponse.Warning> warnings = new ArrayList<>();
        for (Organization commune : communes) {
            int hostedCount = (int) hosts.values().stream().filter(commune.id::equals).count();
            int plannedCount = planned.get(commune.id);
            hostRows.add(new RotationResponse.Host(commune.id, commune.name, hostedCount, plannedCount));
            Rotation.Warning warning = Rotation.warning(plannedCount);
            if (warning != null) {
                warnings.add(new RotationResponse.Warning(commune.id, warning, plannedCount, Messages.get(locale,
                        "briefing.rotation." + warning, commune.name, plannedCount, year, Rotation.LEAST,
                        Rotation.MOST)));
            }
        }
        return new RotationResponse(zone.id, year, months, hostRows, warnings);
    }

    /** The last month each host held the zone's briefing before {@code start}, as year * 12 + month - 1. */
    private Map<UUID, Integer> lastHostedBefore(UUID zoneId, LocalDate start) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select host_organization_id, max(month) from briefings"
                + " where zone_id = ?1 and month < ?2 group by host_organization_id")
                .setParameter(1, zoneId).setParameter(2, start).getResultList();
        Map<UUID, Integer> last = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate month = row[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[1];
            last.put((UUID) row[0], month.getYear() * 12 + month.getMonthValue() - 1);
        }
        return last;
    }
}
