package vn.nennep.studies;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.nennep.members.Member;
import vn.nennep.organizations.Organization;

/**
 * Remarks after a study session: recorded by whoever records the session, about an organization within the session's
 * reach (its holder or below), a member on the roster of a branch at or below that organization, or a person not on a
 * roster. Each remark is read as its organization is (above, at or below the caller's), as the change feed does.
 */
@ApplicationScoped
public class StudyRemarkService {

    private final StudySessionService sessions;
    private final SessionAccess access;

    StudyRemarkService(StudySessionService sessions, SessionAccess access) {
        this.sessions = sessions;
        this.access = access;
    }

    /** The remarks of a readable session, oldest first; the resource checks the session first (404, 403). */
    public PageResponse<StudyRemarkResponse> list(UUID sessionId, RemarkKind kind, UUID organizationId,
            OffsetDateTime updatedSince, PageQuery page) {
        sessions.readable(sessionId);
        Organization within = organizationId == null ? null : Organization.findById(organizationId);
        Where where = new Where().and("sessionId = :sessionId", "sessionId", sessionId)
                .anchoredVisible("organizationId", access.readPrefix())
                .and("kind = :kind", "kind", kind)
                .and("organizationId in (select o.id from Organization o where o.path like :within)", "within",
                        organizationId == null ? null : within == null ? "-" : within.path + "%")
                .updatedSince(updatedSince);
        var query = StudyRemark.<StudyRemark>find(where.clause(), Sort.by("createdAt").and("id"), where.params())
                .page(page.panachePage());
        List<StudyRemark> rows = query.list();
        Map<UUID, String> names = memberNames(rows.stream().map(r -> r.memberId).filter(id -> id != null).toList());
        return PageResponse.of(rows, page, query.count())
                .map(r -> StudyRemarkResponse.of(r, r.memberId == null ? null : names.get(r.memberId)));
    }

    public StudyRemarkResponse get(UUID sessionId, UUID remarkId) {
        sessions.readable(sessionId);
        return response(readable(sessionId, remarkId));
    }

    @Transactional
    public StudyRemarkResponse create(UUID sessionId, StudyRemarkRequest request) {
        StudySession session = sessions.writable(sessionId);
        StudyRemark remark = new StudyRemark();
        remark.sessionId = session.id;
        check(session, remark, request);
        assign(remark, request);
        remark.persistAndFlush();
        return response(remark);
    }

    @Transactional
    public StudyRemarkResponse update(UUID sessionId, UUID remarkId, IfMatch ifMatch, StudyRemarkRequest request) {
        StudySession session = sessions.writable(sessionId);
        StudyRemark remark = readable(sessionId, remarkId);
        ifMatch.check(remark.version);
        check(session, remark, request);
        assign(remark, request);
        StudyRemark.flush();
        return response(remark);
    }

    @Transactional
    public void delete(UUID sessionId, UUID remarkId) {
        sessions.writable(sessionId);
        readable(sessionId, remarkId).delete();
    }

    private StudyRemark readable(UUID sessionId, UUID remarkId) {
        StudyRemark remark = StudyRemark.findById(remarkId);
        if (remark == null || !remark.sessionId.equals(sessionId)) {
            throw new NotFound("resource.studyRemark", remarkId);
        }
        access.requireRead(Organization.findById(remark.organizationId));
        return remark;
    }

    private void check(StudySession session, StudyRemark remark, StudyRemarkRequest request) {
        Organization holder = Organization.findById(session.organizationId);
        Organization about = Organization.findById(request.organizationId());
        List<FieldViolation> violations = new ArrayList<>();
        if (about == null) {
            violations.add(new FieldViolation("organizationId", "studyRemark.organization.notFound",
                    request.organizationId()));
        } else if (!about.path.startsWith(holder.path)) {
            violations.add(new FieldViolation("organizationId", "studyRemark.organization.outsideReach",
                    about.name, holder.name));
        }
        if (request.memberId() != null) {
            Member member = Member.findById(request.memberId());
            Organization branch = member == null ? null : Organization.findById(member.organizationId);
            if (branch == null || about != null && !branch.path.startsWith(about.path)) {
                violations.add(new FieldViolation("memberId", "studyRemark.member.notOnRoster", request.memberId()));
            }
        }
        if (request.memberId() != null && Text.blankToNull(request.personName()) != null) {
            violations.add(new FieldViolation("personName", "studyRemark.person.both"));
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && StudyRemark.count("externalId = ?1 and id <> ?2", externalId, remark.id) > 0) {
            throw Conflict.duplicate("externalId", "studyRemark.externalId.taken", externalId);
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
    }

    private static void assign(StudyRemark remark, StudyRemarkRequest request) {
        remark.organizationId = request.organizationId();
        remark.memberId = request.memberId();
        remark.personName = Text.blankToNull(request.personName());
        remark.kind = request.kind();
        remark.text = request.text().trim();
        remark.externalId = Text.blankToNull(request.externalId());
    }

    private static StudyRemarkResponse response(StudyRemark remark) {
        Member member = remark.memberId == null ? null : Member.findById(remark.memberId);
        return StudyRemarkResponse.of(remark, member == null ? null : member.fullName);
    }

    private static Map<UUID, String> memberNames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Member.<Member>list("id in ?1", ids).forEach(m -> names.put(m.id, m.fullName));
        }
        return names;
    }
}
