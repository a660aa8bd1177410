package vn.nennep.resolutions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.meetings.MeetingKind;
import vn.nennep.resolutions.TargetRequest.TierRequest;

/**
 * A resolution's measurable targets. Read by whoever may read the resolution, written by the office that keeps it
 * (its issuer's, or for a document from above its scope's: {@link Resolution#keeperId}). Every rule of a well-formed
 * target is checked here, each failure naming its field.
 */
@ApplicationScoped
public class TargetService {

    /** The list's sort fields (the API's names) and the entity properties they sort by. */
    static final Map<String, String> SORTABLE = Map.of(
            "title", "title", "metric", "metric", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "createdAt";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ResolutionService resolutions;

    public TargetService(ResolutionService resolutions) {
        this.resolutions = resolutions;
    }

    public PageResponse<TargetResponse> list(UUID resolutionId, TargetFilter.Query filter, PageQuery page) {
        resolutions.readable(resolutionId);
        Where where = new Where()
                .and("resolutionId = :resolutionId", "resolutionId", resolutionId)
                .and("metric = :metric", "metric", filter.metric())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince());
        var query = Target.<Target>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(TargetResponse::of);
    }

    public TargetResponse get(UUID resolutionId, UUID targetId) {
        return TargetResponse.of(readable(resolutionId, targetId));
    }

    /** The target, after checking it belongs to the resolution and the caller may read the resolution. */
    public Target readable(UUID resolutionId, UUID targetId) {
        resolutions.readable(resolutionId);
        return find(resolutionId, targetId);
    }

    @Transactional
    public TargetResponse create(UUID resolutionId, TargetRequest request) {
        resolutions.writable(resolutionId);
        Target target = new Target();
        target.resolutionId = resolutionId;
        assign(target, request);
        target.persistAndFlush();
        return TargetResponse.of(target);
    }

    @Transactional
    public TargetResponse update(UUID resolutionId, UUID targetId, IfMatch ifMatch, TargetRequest request) {
        resolutions.writable(resolutionId);
        Target target = find(resolutionId, targetId);
        ifMatch.check(target.version);
        if (request.metric() != Metric.INDICATOR && target.metric == Metric.INDICATOR
                && IndicatorReport.count("targetId", targetId) > 0) {
            throw Conflict.duplicate("metric", "target.hasReports.metric", IndicatorReport.count("targetId", targetId));
        }
        assign(target, request);
        Target.flush();
        return TargetResponse.of(target);
    }

    @Transactional
    public void delete(UUID resolutionId, UUID targetId) {
        resolutions.writable(resolutionId);
        Target target = find(resolutionId, targetId);
        long reports = IndicatorReport.count("targetId", targetId);
        if (reports > 0) {
            throw new Conflict("target.hasReports", reports);
        }
        target.delete();
    }

    private static Target find(UUID resolutionId, UUID targetId) {
        Target target = Target.findById(targetId);
        if (target == null || !target.resolutionId.equals(resolutionId)) {
            throw new NotFound("resource.target", targetId);
        }
        return target;
    }

    private static void assign(Target target, TargetRequest request) {
        Metric metric = request.metric();
        MeetingKind kind = request.meetingKind();
        String theme = Text.blankToNull(request.theme());
        if (theme != null) {
            theme = theme.replaceAll("\\s+", " ");
        }
        String unit = Text.blankToNull(request.unit());
        List<FieldViolation> violations = new ArrayList<>();
        if (request.threshold() != null && request.tiers() != null) {
            violations.add(new FieldViolation("tiers", "target.tiers.withThreshold"));
        } else if (request.threshold() == null && request.tiers() == null) {
            violations.add(new FieldViolation("threshold", "target.threshold.required"));
        }
        if (request.tiers() != null && metric != Metric.OPINION_COUNT) {
            violations.add(new FieldViolation("tiers", "target.tiers.notAllowed", metric));
        } else if (request.tiers() != null) {
            checkTiers(request.tiers(), violations);
        }
        if (request.threshold() != null) {
            checkValue("threshold", request.threshold(), metric, violations);
        }
        switch (metric) {
            case THEMATIC_PER_QUARTER, INDICATOR -> {
                if (kind != null) {
                    violations.add(new FieldViolation("meetingKind", "target.meetingKind.notAllowed", metric));
                }
                if (theme != null) {
                    violations.add(new FieldViolation("theme", "target.theme.notAllowed", metric));
                }
            }
            default -> {
                if (theme != null && kind != null && kind != MeetingKind.THEMATIC) {
                    violations.add(new FieldViolation("theme", "target.theme.thematicOnly", kind));
                } else if (theme != null) {
                    kind = MeetingKind.THEMATIC;
                }
            }
        }
        if (metric == Metric.THEMATIC_PER_QUARTER && request.threshold() != null
                && request.threshold().compareTo(BigDecimal.ONE) < 0) {
            violations.add(new FieldViolation("threshold", "target.threshold.atLeastOne"));
        }
        if (metric == Metric.INDICATOR && unit == null) {
            violations.add(new FieldViolation("unit", "target.unit.required"));
        }
        if (request.combinedThreshold() != null) {
            if (metric != Metric.DURATION_MINUTES) {
                violations.add(new FieldViolation("combinedThreshold", "target.combined.notAllowed", metric));
            } else if (request.threshold() != null && request.combinedThreshold().compareTo(request.threshold()) < 0) {
                violations.add(new FieldViolation("combinedThreshold", "target.combined.belowThreshold",
                        request.combinedThreshold(), request.threshold()));
            } else {
                checkValue("combinedThreshold", request.combinedThreshold(), metric, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        checkUnique(target, metric, kind, theme);
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Target.count("externalId = ?1 and id <> ?2", externalId, target.id) > 0) {
            throw Conflict.duplicate("externalId", "target.externalId.taken", externalId);
        }
        target.title = request.title().trim();
        target.metric = metric;
        target.comparator = request.comparator() == null ? Comparison.GTE : request.comparator();
        target.threshold = request.threshold();
        target.tiers = request.tiers() == null ? null : request.tiers().stream()
                .sorted(Comparator.comparing(TierRequest::minMembers))
                .map(t -> new TargetRules.Tier(t.minMembers(), t.maxMembers(), t.threshold()))
                .toList();
        target.meetingKind = kind;
        target.theme = theme;
        target.unit = unit == null ? metric.defaultUnit : unit;
        target.combinedThreshold = request.combinedThreshold();
        target.externalId = externalId;
    }

    /** A rate is 0–100; counts and minutes are whole numbers. (Negative values are refused by Bean Validation.) */
    private static void checkValue(String field, BigDecimal value, Metric metric, List<FieldViolation> violations) {
        if (metric == Metric.ATTENDANCE_RATE && value.compareTo(HUNDRED) > 0) {
            violations.add(new FieldViolation(field, "target.threshold.rate", value));
        } else if (metric.wholeNumber() && value.stripTrailingZeros().scale() > 0) {
            violations.add(new FieldViolation(field, "target.threshold.whole", value));
        }
    }

    /**
     * Sorted by minMembers, tiers must run contiguously from 0 with no overlap and no gap, each above its minimum, and
     * only the last one (which must be it) open-ended: [0, 20) [20, 50) [50, ∞).
     */
    private static void checkTiers(List<TierRequest> tiers, List<FieldViolation> violations) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i) == null || tiers.get(i).minMembers() == null || tiers.get(i).threshold() == null) {
                return; // already refused by Bean Validation
            }
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> tiers.get(i).minMembers()));
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            TierRequest tier = tiers.get(i);
            String at = "tiers[" + i + "]";
            checkValue(at + ".threshold", tier.threshold(), Metric.OPINION_COUNT, violations);
            if (tier.maxMembers() != null && tier.maxMembers() <= tier.minMembers()) {
                violations.add(new FieldViolation(at + ".maxMembers", "target.tier.maxNotAbove", tier.maxMembers(),
                        tier.minMembers()));
            }
            if (k == 0 && tier.minMembers() != 0) {
                violations.add(new FieldViolation(at + ".minMembers", "target.tier.fromZero", tier.minMembers()));
            }
            if (k > 0) {
                int p = order.get(k - 1);
                Integer previousMax = tiers.get(p).maxMembers();
                if (previousMax == null) {
                    violations.add(new FieldViolation("tiers[" + p + "].maxMembers", "target.tier.openNotLast"));
                } else if (tier.minMembers() < previousMax) {
                    violations.add(new FieldViolation(at + ".minMembers", "target.tier.overlap", tier.minMembers(),
                            p, previousMax));
                } else if (tier.minMembers() > previousMax) {
                    violations.add(new FieldViolation(at + ".minMembers", "target.tier.gap", previousMax,
                            tier.minMembers()));
                }
            }
            if (k == order.size() - 1 && tier.maxMembers() != null) {
                violations.add(new FieldViolation(at + ".maxMembers", "target.tier.lastOpen", tier.maxMembers()));
            }
        }
    }

    /** One target per metric, meeting kind and theme in a resolution: otherwise "the most specific" is ambiguous. */
    private static void checkUnique(Target target, Metric metric, MeetingKind kind, String theme) {
        if (metric == Metric.INDICATOR) {
            return;
        }
        String folded = theme == null ? null : Text.fold(theme);
        boolean clash = Target.<Target>list("resolutionId = ?1 and metric = ?2 and id <> ?3",
                target.resolutionId, metric, target.id).stream()
                .anyMatch(other -> other.meetingKind == kind
                        && Objects.equals(other.theme == null ? null : Text.fold(other.theme), folded));
        if (clash) {
            throw Conflict.duplicate(theme != null ? "theme" : kind != null ? "meetingKind" : "metric",
                    "target.duplicate", metric);
        }
    }
}
