package vn.nennep.resolutions;

import jakarta.ws.rs.QueryParam;

public class ResolutionFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("issuerId")
    public String issuerId;
    @QueryParam("scopeWithinId")
    public String scopeWithinId;
    @QueryParam("appliesToId")
    public String appliesToId;
    @QueryParam("documentType")
    public String documentType;
    @QueryParam("term")
    public String term;
    @QueryParam("effectiveOn")
    public String effectiveOn;
    @QueryParam("conferenceId")
    public String conferenceId;
    @QueryParam("externalId")
    public String externalId;
    /** true: only documents with targets; false: only those without. */
    @QueryParam("hasTargets")
    public String hasTargets;
}
