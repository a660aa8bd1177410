package vn.nennep.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.organizations.Organization;

/**
 * Machine clients for provincial systems. A key looks like {@code nnk_<prefix>_<secret>}: the prefix finds the
 * client, the SHA-256 of the whole key proves it. The key is shown once, at creation.
 */
@ApplicationScoped
public class ApiClientService {

    public static final String KEY_START = "nnk_";
    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "name";

    private final Access access;

    public ApiClientService(Access access) {
        this.access = access;
    }

    public PageResponse<ApiClientResponse> list(PageQuery page) {
        access.requireAdmin();
        var query = ApiClient.<ApiClient>findAll(page.sort()).page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(c -> ApiClientResponse.of(c, null));
    }

    public ApiClientResponse get(UUID id) {
        access.requireAdmin();
        return ApiClientResponse.of(find(id), null);
    }

    @Transactional
    public ApiClientResponse create(ApiClientRequest request) {
        access.requireAdmin();
        ApiClient client = new ApiClient();
        assign(client, request);
        client.keyPrefix = Secrets.random(6).replace('-', 'x').replace('_', 'y');
        String key = KEY_START + client.keyPrefix + "_" + Secrets.random(32);
        client.keyHash = Secrets.sha256(key);
        client.persistAndFlush();
        return ApiClientResponse.of(client, key);
    }

    @Transactional
    public ApiClientResponse update(UUID id, IfMatch ifMatch, ApiClientRequest request) {
        access.requireAdmin();
        ApiClient client = find(id);
        ifMatch.check(client.version);
        assign(client, request);
        ApiClient.flush();
        return ApiClientResponse.of(client, null);
    }

    /** Revokes the key for good; the client stays listed, with the time of revocation. */
    @Transactional
    public ApiClientResponse revoke(UUID id) {
        access.requireAdmin();
        ApiClient client = find(id);
        if (client.revokedAt == null) {
            client.revokedAt = Time.now();
            ApiClient.flush();
        }
        return ApiClientResponse.of(client, null);
    }

    private ApiClient find(UUID id) {
        ApiClient client = ApiClient.findById(id);
        if (client == null) {
            throw new NotFound("resource.apiClient", id);
        }
        return client;
    }

    private void assign(ApiClient client, ApiClientRequest request) {
        if (Organization.findById(request.organizationId()) == null) {
            throw new Unprocessable("organizationId", "user.organization.notFound", request.organizationId());
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && ApiClient.count("externalId = ?1 and id <> ?2", externalId, client.id) > 0) {
            throw Conflict.duplicate("externalId", "apiClient.externalId.taken", externalId);
        }
        client.name = request.name().trim();
        client.organizationId = request.organizationId();
        client.scopes = request.scopes().stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
        client.externalId = externalId;
    }
}
