package vn.nennep.briefings;

import jakarta.ws.rs.QueryParam;

/** Filters of GET /briefings, read as text and parsed by the service so errors name the parameter. */
public class BriefingFilter {
    @QueryParam("zoneId")
    public String zoneId;
    @QueryParam("districtId")
    public String districtId;
    @QueryParam("hostOrganizationId")
    public String hostOrganizationId;
    @QueryParam("year")
    public String year;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("externalId")
    public String externalId;
}
