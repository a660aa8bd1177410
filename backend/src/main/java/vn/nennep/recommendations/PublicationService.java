package vn.nennep.recommendations;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.briefings.Briefing;
import vn.nennep.briefings.BriefingService;
import vn.nennep.common.Conflict;
import vn.nennep.common.Messages;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;
import vn.nennep.resolutions.DocumentNumber;
import vn.nennep.resolutions.DocumentNumbering;
import vn.nennep.resolutions.DocumentType;
import vn.nennep.resolutions.NextNumberQuery;
import vn.nennep.resolutions.Resolution;
import vn.nennep.resolutions.ResolutionRequest;
import vn.nennep.resolutions.ResolutionResponse;
import vn.nennep.resolutions.ResolutionService;
import vn.nennep.resolutions.Term;
import vn.nennep.zones.Zone;

/**
 * Publications: the district office compiles the ACCEPTED answers of one briefing into a notice (a TB document of the
 * district, numbered in the district's own TB series by {@link DocumentNumbering}, stored with the other documents
 * through {@link ResolutionService}), sent to the zone heads; each of them gets a PUBLISHED entry citing the notice.
 * The zone's next briefing announces it ({@link #announcements}). Seen by whoever sees the zone.
 */
@ApplicationScoped
public class PublicationService {

    /** Notices (thông báo) are numbered as TB documents. */
    static final String NOTICE = "TB";
    /** The list's sort fields (the API's names) and the entity properties they sort by. */
    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "createdAt,desc";

    private final Access access;
    private final BriefingService briefings;
    private final ResolutionService documents;
    private final DocumentNumbering numbering;
    private final ThreadWriter writer;
    private final EntityManager em;

    public PublicationService(Access access, BriefingService briefings, ResolutionService documents,
            DocumentNumbering numbering, ThreadWriter writer, EntityManager em) {
        this.access = access;
        this.briefings = briefings;
        this.documents = documents;
        this.numbering = numbering;
        this.writer = writer;
        this.em = em;
    }

    /**
     * Publishes the briefing's accepted answers. A title not given is composed in the caller's {@code locale} (the
     * language of the request), then stored as the notice's title, as one typed would be.
     */
    @Transactional
    public PublicationResponse publish(PublicationRequest request, Locale locale) {
        Briefing briefing = Briefing.findById(request.briefingId());
        if (briefing == null) {
            throw new Unprocessable("briefingId", "publication.briefing.notFound", request.briefingId());
        }
        Organization district = briefings.districtOf(briefing);
        access.requireOfficeOf(district, Role.DISTRICT_OFFICE);
        List<Recommendation> accepted = Recommendation.list("briefingId = ?1 and status = ?2",
                Sort.by("createdAt").and("id"), briefing.id, RecommendationStatus.ACCEPTED);
        if (accepted.isEmpty()) {
            throw new Conflict("publication.nothingAccepted", YearMonth.from(briefing.month));
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Publication.count("externalId", externalId) > 0) {
            throw Conflict.duplicate("externalId", "publication.externalId.taken", externalId);
        }
        LocalDate issuedOn = request.issuedOn() == null ? LocalDate.now(Time.LOCAL) : request.issuedOn();
        String term = term(request.term(), issuedOn);
        String number = Text.blankToNull(request.number());
        if (number == null) {
            number = numbering.nextNumber(new NextNumberQuery(district.id, NOTICE, term)).number();
        } else {
            DocumentNumber parsed = DocumentNumber.parse(number, DocumentType.codes());
            if (!NOTICE.equals(parsed.documentType()) || parsed.issuer().issuerType != district.type) {
                throw new Unprocessable("number", "publication.number.notNotice", number);
            }
        }
        Zone zone = Zone.findById(briefing.zoneId);
        if (issuedOn.isBefore(briefing.heldOn)) {
            throw new Unprocessable("issuedOn", "publication.issuedOn.beforeBriefing", issuedOn, briefing.heldOn);
        }
        String title = Text.blankToNull(request.title()) != null ? request.title().trim()
                : Messages.get(locale, "publication.title.default", zone.name, YearMonth.from(briefing.month));
        ResolutionResponse document = documents.create(new ResolutionRequest(number, NOTICE, district.id,
                term, issuedOn, title, null, district.id, issuedOn, null, null, null));
        Publication publication = new Publication();
        publication.briefingId = briefing.id;
        publication.documentId = document.id();
        publication.publishedBy = access.caller().kind() == vn.nennep.auth.Caller.Kind.USER
                ? access.caller().id() : null;
        publication.externalId = externalId;
        publication.persist();
        for (Recommendation recommendation : accepted) {
            writer.append(recommendation, EntryType.PUBLISHED, title, document.number(), null, publication.id);
        }
        Recommendation.flush();
        return responses(List.of(publication)).get(0);
    }

    /**
     * The notice's term: the one named, which must hold its date (422 naming both, and the term the date is in), or
     * when none is named the term of its date ({@link Term#of}: a notice of 2026 is in 2025-2030).
     */
    private static String term(String named, LocalDate issuedOn) {
        String term = Text.blankToNull(named);
        if (term == null) {
            return Term.of(issuedOn);
        }
        term = term.trim();
        if (!Term.valid(term)) {
            throw new Unprocessable("term", "resolution.term.format", term);
        }
        if (!Term.contains(term, issuedOn)) {
            throw new Unprocessable("term", "publication.term.outside", issuedOn, term, Term.of(issuedOn));
        }
        return term;
    }

    public PageResponse<PublicationResponse> list(PublicationFilter.Query filter, PageQuery page) {
        Where where = new Where()
                .and("briefingId in (select b.id from Briefing b, Zone z, Organization o where z.id = b.zoneId"
                        + " and o.id = z.districtId"
                        + " and (o.path like concat(:callerPath, '%') or :callerPath like concat(o.path, '%')))",
                        "callerPath", access.readPrefix())
                .and("briefingId = :briefingId", "briefingId", filter.briefingId())
                .and("briefingId in (select b.id from Briefing b where b.zoneId = :zoneId)", "zoneId",
                        filter.zoneId())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince());
        var query = Publication.<Publication>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        return PageResponse.of(responses(query.list()), page, query.count());
    }

    public PublicationResponse get(UUID id) {
        Publication publication = Publication.findById(id);
        if (publication == null) {
            throw new NotFound("resource.publication", id);
        }
        briefings.readable(publication.briefingId);
        return responses(List.of(publication)).get(0);
    }

    /**
     * What the briefing announces: the zone's notices issued, and its recommendations resolved, after the zone's
     * previous briefing and up to this one's date.
     */
    public AnnouncementsResponse announcements(UUID briefingId) {
        Briefing briefing = briefings.readable(briefingId);
        Briefing previous = Briefing.<Briefing>find("zoneId = ?1 and month < ?2", Sort.descending("month"),
                briefing.zoneId, briefing.month).firstResult();
        LocalDate since = previous == null ? null : previous.heldOn;
        LocalDate after = since == null ? LocalDate.of(1900, 1, 1) : since;
        List<Publication> published = Publication.list("briefingId in (select b.id from Briefing b where b.zoneId = ?1)"
                + " and documentId in (select r.id from Resolution r where r.issuedOn > ?2 and r.issuedOn <= ?3)",
                Sort.by("createdAt").and("id"), briefing.zoneId, after, briefing.heldOn);
        Where where = new Where()
                .eitherWithin("r.raisedById", "r.addresseeId", "callerPath", access.readPrefix())
                .and("r.briefingId in (select b.id from Briefing b where b.zoneId = :zoneId)", "zoneId",
                        briefing.zoneId)
                .and("e.at >= :start", "start", after.plusDays(1).atStartOfDay(Time.LOCAL).toOffsetDateTime())
                .and("e.at < :end", "end", briefing.heldOn.plusDays(1).atStartOfDay(Time.LOCAL).toOffsetDateTime());
        var query = em.createQuery("select r, e from Recommendation r, RecommendationEntry e"
                + " where e.recommendationId = r.id and e.type = vn.nennep.recommendations.EntryType.RESOLVED and "
                + where.clause() + " order by e.at, r.id", Object[].class);
        where.params().map().forEach(query::setParameter);
        List<AnnouncementsResponse.Resolved> resolved = query.getResultList().stream().map(row -> {
            Recommendation r = (Recommendation) row[0];
            RecommendationEntry e = (RecommendationEntry) row[1];
            return new AnnouncementsResponse.Resolved(r.id, r.title, r.raisedById, r.addresseeId, e.at, e.authorName,
                    e.body);
        }).toList();
        return new AnnouncementsResponse(briefing.id, since, briefing.heldOn, responses(published), resolved);
    }

    /** The API's view of publications: their documents and recommendations read once for all. */
    private List<PublicationResponse> responses(List<Publication> publications) {
        if (publications.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = publications.stream().map(p -> p.id).toList();
        Map<UUID, Resolution> docs = new HashMap<>();
        Resolution.<Resolution>list("id in ?1", publications.stream().map(p -> p.documentId).toList())
                .forEach(d -> docs.put(d.id, d));
        Map<UUID, UUID> zones = new HashMap<>();
        Briefing.<Briefing>list("id in ?1", publications.stream().map(p -> p.briefingId).distinct().toList())
                .forEach(b -> zones.put(b.id, b.zoneId));
        Map<UUID, List<UUID>> published = new HashMap<>();
        RecommendationEntry.<RecommendationEntry>list("publicationId in ?1", Sort.by("at").and("recommendationId"), ids)
                .forEach(e -> published.computeIfAbsent(e.publicationId, k -> new ArrayList<>()).add(e.recommendationId));
        return publications.stream().map(p -> {
            Resolution doc = docs.get(p.documentId);
            return new PublicationResponse(p.id, p.externalId, p.briefingId, zones.get(p.briefingId), doc.id,
                    doc.number, doc.title, doc.issuedOn, published.getOrDefault(p.id, List.of()), p.version,
                    p.createdAt, p.updatedAt);
        }).toList();
    }
}
