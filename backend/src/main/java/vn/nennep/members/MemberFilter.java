package vn.nennep.members;

import jakarta.ws.rs.QueryParam;

public class MemberFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("status")
    public String status;
    @QueryParam("exempt")
    public String exempt;
    @QueryParam("externalId")
    public String externalId;
}
