package vn.nennep.recommendations;

import jakarta.ws.rs.QueryParam;

/** Filters of GET /recommendations/publications. */
public class PublicationFilter {
    @QueryParam("briefingId")
    public String briefingId;
    @QueryParam("zoneId")
    public String zoneId;
    @QueryParam("externalId")
    public String externalId;
}
