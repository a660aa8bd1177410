package vn.nennep.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nennep.common.Messages;
import vn.nennep.common.ProblemException;
import vn.nennep.imports.ImportResult.ImportError;
import vn.nennep.members.MemberRequest;
import vn.nennep.members.MemberService;
import vn.nennep.organizations.OrganizationRequest;
import vn.nennep.organizations.OrganizationService;
import vn.nennep.recommendations.RecommendationRequest;
import vn.nennep.recommendations.RecommendationService;
import vn.nennep.resolutions.IndicatorReportRequest;
import vn.nennep.resolutions.IndicatorReportService;

/**
 * Organizations, members, recommendations and indicator reports: each row goes through the resource's own service
 * (its {@code createHere}/{@code updateHere}, the POST and PUT code in the import's transaction), so the rules and the
 * rights are those of the single-record endpoints. A row whose update leaves the version as it was is unchanged.
 */
@ApplicationScoped
class RecordRows {

    private final Binder binder;
    private final EntityManager em;
    private final OrganizationService organizations;
    private final MemberService members;
    private final RecommendationService recommendations;
    private final IndicatorReportService reports;

    RecordRows(Binder binder, EntityManager em, OrganizationService organizations, MemberService members,
            RecommendationService recommendations, IndicatorReportService reports) {
        this.binder = binder;
        this.em = em;
        this.organizations = organizations;
        this.members = members;
        this.recommendations = recommendations;
        this.reports = reports;
    }

    RowHandler handler(String resource) {
        Map<String, UUID> cache = Binder.cache();
        return (rows, tally) -> {
            for (RowHandler.Row row : rows) {
                one(resource, row, tally, cache);
            }
            em.flush();
            em.clear();
        };
    }

    private void one(String resource, RowHandler.Row row, Tally tally, Map<String, UUID> cache) {
        String externalId = RowHandler.externalId(row.data());
        if (!tally.firstTime(row.number(), externalId)) {
            return;
        }
        List<ImportError> errors = Binder.none();
        ObjectNode data = row.data();
        data.put("externalId", externalId);
        String table = switch (resource) {
            case "organizations" -> "organizations";
            case "members" -> "members";
            case "recommendations" -> "recommendations";
            default -> "indicator_reports";
        };
        boolean refs = switch (resource) {
            case "organizations" -> binder.reference(data, "parent", "organizations", row.number(), tally, errors, cache);
            case "members" -> binder.reference(data, "organization", "organizations", row.number(), tally, errors,
                    cache);
            case "recommendations" -> binder.reference(data, "briefing", "briefings", row.number(), tally, errors, cache)
                    & binder.reference(data, "raisedBy", "organizations", row.number(), tally, errors, cache)
                    & binder.reference(data, "addressee", "organizations", row.number(), tally, errors, cache);
            default -> binder.reference(data, "resolution", "resolutions", row.number(), tally, errors, cache)
                    & binder.reference(data, "target", "targets", row.number(), tally, errors, cache)
                    & binder.reference(data, "organization", "organizations", row.number(), tally, errors, cache);
        };
        if (!refs) {
            tally.failMessages(row.number(), errors);
            return;
        }
        Object[] existing = existing(table, externalId);
        UUID id = existing == null ? null : UUID.fromString((String) existing[0]);
        long version = existing == null ? -1 : ((Number) existing[1]).longValue();
        String ifMatch = "\"" + version + "\"";
        try {
            switch (resource) {
                case "organizations" -> {
                    OrganizationRequest r = binder.bind(data, OrganizationRequest.class, row.number(), tally.locale, errors);
                    if (r != null) {
                        if (id == null) {
                            organizations.createHere(r);
                        } else {
                            organizations.updateHere(id, ifMatch, r);
                        }
                    }
                }
                case "members" -> {
                    UUID branch = uuid(data.remove("organizationId"));
                    if (branch == null) {
                        errors.add(new ImportError(row.number(), "organizationExternalId",
                                Messages.get(tally.locale, "import.reference.required")));
                    }
                    MemberRequest r = binder.bind(data, MemberRequest.class, row.number(), tally.locale, errors);
                    if (r != null && branch != null) {
                        if (id == null) {
                            members.createHere(branch, r);
                        } else {
                            members.updateHere(branch, id, ifMatch, r);
                        }
                    }
                }
                case "recommendations" -> {
                    RecommendationRequest r = binder.bind(data, RecommendationRequest.class, row.number(), tally.locale,
                            errors);
                    if (r != null) {
                        if (id == null) {
                            recommendations.createHere(r);
                        } else if (sameRecommendation(id, r)) {
                            tally.unchanged++;
                            return;
                        } else {
                            errors.add(new ImportError(row.number(), null,
                                    Messages.get(tally.locale, "import.recommendation.immutable")));
                        }
                    }
                }
                default -> {
                    UUID resolution = uuid(data.remove("resolutionId"));
                    UUID target = uuid(data.remove("targetId"));
                    if (resolution == null) {
                        errors.add(new ImportError(row.number(), "resolutionExternalId",
                                Messages.get(tally.locale, "import.reference.required")));
                    }
                    if (target == null) {
                        errors.add(new ImportError(row.number(), "targetExternalId",
                                Messages.get(tally.locale, "import.reference.required")));
                    }
                    IndicatorReportRequest r = binder.bind(data, IndicatorReportRequest.class, row.number(), tally.locale,
                            errors);
                    if (r != null && resolution != null && target != null) {
                        if (id == null) {
                            reports.createHere(resolution, target, r);
                        } else if (sameReport(id, r)) {
                            // PUT would still move the version (12 and 12.00 differ to the entity): compared here.
                            tally.unchanged++;
                            return;
                        } else {
                            reports.updateHere(resolution, target, id, ifMatch, r);
                        }
                    }
                }
            }
        } catch (ProblemException e) {
            em.clear();
            tally.fail(row.number(), e);
            return;
        } catch (IllegalArgumentException e) {
            em.clear();
            errors.add(new ImportError(row.number(), null, Messages.get(tally.locale, "error.json.invalid")));
        }
        if (!errors.isEmpty()) {
            tally.failMessages(row.number(), errors);
            return;
        }
        em.flush();
        if (id == null) {
            tally.created++;
        } else {
            Object[] after = existing(table, externalId);
            if (after != null && ((Number) after[1]).longValue() == version) {
                tally.unchanged++;
            } else {
                tally.updated++;
            }
        }
    }

    private Object[] existing(String table, String externalId) {
        List<?> rows = em.createNativeQuery("select cast(id as text), version from " + table
                + " where external_id = :k").setParameter("k", externalId).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private boolean sameRecommendation(UUID id, RecommendationRequest r) {
        List<?> rows = em.createNativeQuery("select cast(briefing_id as text), cast(raised_by_id as text),"
                + " cast(addressee_id as text), field, title, content from recommendations where id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] s = (Object[]) rows.get(0);
        return Objects.equals(s[0], r.briefingId().toString()) && Objects.equals(s[1], r.raisedById().toString())
                && Objects.equals(s[2], r.addresseeId().toString()) && Objects.equals(s[3], r.field().name())
                && Objects.equals(s[4], r.title().trim()) && Objects.equals(s[5], r.content().trim());
    }

    private boolean sameReport(UUID id, IndicatorReportRequest r) {
        List<?> rows = em.createNativeQuery("select cast(organization_id as text), cast(period_start as text),"
                + " cast(period_end as text), value, evidence from indicator_reports where id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] s = (Object[]) rows.get(0);
        return Objects.equals(s[0], r.organizationId().toString()) && Objects.equals(s[1], r.periodStart().toString())
                && Objects.equals(s[2], r.periodEnd().toString())
                && ((java.math.BigDecimal) s[3]).compareTo(r.value()) == 0 && Objects.equals(s[4], r.evidence().trim());
    }

    private static UUID uuid(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return null;
        }
        return UUID.fromString(node.asText().trim());
    }
}
