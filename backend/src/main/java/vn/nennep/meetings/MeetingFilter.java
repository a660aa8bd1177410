package vn.nennep.meetings;

import jakarta.ws.rs.QueryParam;

public class MeetingFilter {
    @QueryParam("branchId")
    public String branchId;
    @QueryParam("withinId")
    public String withinId;
    @QueryParam("kind")
    public String kind;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("q")
    public String q;
    @QueryParam("externalId")
    public String externalId;
}
