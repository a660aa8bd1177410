package vn.nennep.studies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.studies.StudySession.BridgePoint;

/**
 * A study session's counts: what its format allows, the walk-in tolerance, and the figures derived from them. Pure
 * functions of the request or the stored session.
 *
 * <p>Walk-ins: the hall and each bridge point may admit people who were not expected, at most 10 % of those expected,
 * rounded up and at least one. They count in the attended total and in {@code walkIns}, not in the rate: the rate is
 * 100 × Σ min(attended, expected) / Σ expected over the points and the hall, half-up to one decimal, null when
 * nothing was expected.
 */
final class SessionRules {

    private SessionRules() {
    }

    /** The computed figures of a session, as the response shows them and the table stores them. */
    record Figures(int bridgePointCount, int onlineExpected, int onlineAttended, int expectedTotal, int attendedTotal,
            int walkIns, BigDecimal participationRate) {
    }

    /** The most people a place expecting {@code expected} may admit: expected plus 10 % rounded up, at least one. */
    static int admissible(int expected) {
        return expected + Math.max(1, (expected + 9) / 10);
    }

    /** What the request breaks of the format rules and the counts, one violation per field; empty when nothing. */
    static List<FieldViolation> check(StudySessionRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!request.endsAt().isAfter(request.startsAt())) {
            violations.add(new FieldViolation("endsAt", "studySession.endsAt.beforeStart"));
        }
        List<StudySessionRequest.BridgePointInput> points = request.points();
        boolean hall = request.inPersonExpected() != null || request.inPersonAttended() != null;
        switch (request.format()) {
            case IN_PERSON -> {
                if (!points.isEmpty()) {
                    violations.add(new FieldViolation("bridgePoints", "studySession.bridgePoints.inPerson"));
                }
            }
            case ONLINE -> {
                if (hall) {
                    violations.add(new FieldViolation(request.inPersonExpected() != null ? "inPersonExpected"
                            : "inPersonAttended", "studySession.inPerson.online"));
                }
            }
            case HYBRID -> {
                if (points.isEmpty()) {
                    violations.add(new FieldViolation("bridgePoints", "studySession.bridgePoints.hybrid"));
                }
                if (request.inPersonExpected() == null) {
                    violations.add(new FieldViolation("inPersonExpected", "studySession.inPerson.hybrid"));
                }
            }
            case BROADCAST -> {
                // A broadcast may have a hall, bridge points, both or neither.
            }
        }
        attended(violations, "inPersonAttended", request.inPersonExpected(), request.inPersonAttended());
        for (int i = 0; i < points.size(); i++) {
            StudySessionRequest.BridgePointInput point = points.get(i);
            attended(violations, "bridgePoints[" + i + "].attended", point.expected(), point.attended());
        }
        return violations;
    }

    /** An attended count needs its expected count, and stays within the walk-in tolerance. */
    private static void attended(List<FieldViolation> violations, String field, Integer expected, Integer attended) {
        if (attended == null || attended < 0 || expected != null && expected < 0) {
            return;
        }
        if (expected == null) {
            violations.add(new FieldViolation(field, "studySession.attended.withoutExpected"));
        } else if (attended > admissible(expected)) {
            violations.add(new FieldViolation(field, "studySession.attended.walkIns", attended, expected,
                    admissible(expected) - expected, admissible(expected)));
        }
    }

    /** The figures of a session's hall counts and bridge points. */
    static Figures figures(Integer hallExpected, Integer hallAttended, List<BridgePoint> points) {
        int onlineExpected = 0;
        int onlineAttended = 0;
        long counted = 0;
        int walkIns = 0;
        for (BridgePoint point : points) {
            int expected = zero(point.expected());
            int attended = zero(point.attended());
            onlineExpected += expected;
            onlineAttended += attended;
            counted += Math.min(attended, expected);
            walkIns += Math.max(0, attended - expected);
        }
        int expectedTotal = onlineExpected + zero(hallExpected);
        int attendedTotal = onlineAttended + zero(hallAttended);
        counted += Math.min(zero(hallAttended), zero(hallExpected));
        walkIns += Math.max(0, zero(hallAttended) - zero(hallExpected));
        BigDecimal rate = expectedTotal == 0 ? null
                : BigDecimal.valueOf(counted * 100).divide(BigDecimal.valueOf(expectedTotal), 1, RoundingMode.HALF_UP);
        return new Figures(points.size(), onlineExpected, onlineAttended, expectedTotal, attendedTotal, walkIns, rate);
    }

    static Figures figures(StudySession session) {
        return figures(session.inPersonExpected, session.inPersonAttended, session.bridgePoints);
    }

    private static int zero(Integer count) {
        return count == null ? 0 : count;
    }
}
