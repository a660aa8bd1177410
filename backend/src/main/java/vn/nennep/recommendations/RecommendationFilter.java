package vn.nennep.recommendations;

import jakarta.ws.rs.QueryParam;

/** Filters of GET /recommendations, read as text and parsed by the service so errors name the parameter. */
public class RecommendationFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("briefingId")
    public String briefingId;
    @QueryParam("zoneId")
    public String zoneId;
    @QueryParam("raisedById")
    public String raisedById;
    @QueryParam("addresseeId")
    public String addresseeId;
    @QueryParam("withinId")
    public String withinId;
    @QueryParam("field")
    public String field;
    @QueryParam("status")
    public String status;
    @QueryParam("overdue")
    public String overdue;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("externalId")
    public String externalId;
}
