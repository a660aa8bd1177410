package vn.nennep.common;

import jakarta.persistence.EntityManager;

/**
 * Settings for a report query over many meetings (scorecard, compliance, effect), made for the current transaction
 * only, so the caller must be {@code @Transactional}.
 *
 * <p>{@code plan_cache_mode = force_custom_plan}: the driver turns a statement run often into a server-side prepared
 * one, and PostgreSQL may then switch to a generic plan, made without the parameter values. For these queries a generic
 * plan guesses one organization and one meeting under {@code path like :within || '%'} and loops where it should hash:
 * seconds instead of a fraction of one (measured by bench/run). A custom plan costs a few milliseconds of planning.
 *
 * <p>{@code work_mem = 32MB}: the default 4 MB sends their hash tables and sorts of a province's meetings to disk.
 *
 * <p>{@code jit = off}: their cost estimates pass the JIT threshold, and compiling the expressions took longer (about
 * 350 ms for the province's scorecard) than running the query.
 *
 * <p>{@code enable_mergejoin = off}: the planner cannot estimate the joins between the query's own small tables (the
 * chosen targets, the branches each resolution reaches) and guesses a handful of rows where a province has a hundred
 * thousand; with merge joins it then sorts them all. Hash joins are right for every join of these queries.
 *
 * <p>{@link #prepareWithoutNestedLoops} also sets {@code enable_nestloop = off}, for a query that joins a year of a
 * province's meetings to such small tables on several columns at once: the planner multiplies the columns'
 * selectivities, expects one row, and would loop over the branches for each of 94,000 meetings.
 */
public final class ReportQueries {

    private ReportQueries() {
    }

    public static void prepare(EntityManager em) {
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('work_mem', '32MB', true), set_config('jit', 'off', true),"
                + " set_config('enable_mergejoin', 'off', true)").getSingleResult();
    }

    public static void prepareWithoutNestedLoops(EntityManager em) {
        prepare(em);
        withoutNestedLoops(em);
    }

    /** {@code enable_nestloop = off} for the rest of the transaction only. */
    public static void withoutNestedLoops(EntityManager em) {
        em.createNativeQuery("select set_config('enable_nestloop', 'off', true)").getSingleResult();
    }
}
