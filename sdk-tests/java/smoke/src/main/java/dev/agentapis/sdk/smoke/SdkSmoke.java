package dev.agentapis.sdk.smoke;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Calls every API through its generated Java SDK (a LenserFight lens run and a Hybrid job to the end, one call to
 * each other API) against the server named by SDK_SERVER (started by scripts/sdk/java-smoke.ts). Any answer the SDK
 * cannot read (a field of the wrong type, an enum value it does not know) throws; any value the contract promises
 * and the answer lacks fails a check. Either way the program exits non-zero with the reason.
 */
public final class SdkSmoke {
  private static final UUID DEMO_LENS_ID = UUID.fromString("5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01");

  private final String server = System.getenv("SDK_SERVER");
  private final String token = System.getenv("SDK_TOKEN");
  private final String user = System.getenv("SDK_USER");

  public static void main(String[] args) throws Exception {
    SdkSmoke smoke = new SdkSmoke();
    smoke.lenserfightRun();
    smoke.lightningHealth();
    smoke.hybridJob();
    smoke.hypershiftWorkspace();
    smoke.orchestratorLogin();
    System.out.println("java sdk smoke: every API answered as its contract says");
  }

  /**
   * Java's HttpClient asks a plain-http server to upgrade to HTTP/2 (h2c). Node hands every request carrying
   * `Upgrade` to the server's upgrade listener, which serves only the WebSocket channel and answers others 404,
   * so the SDKs speak HTTP/1.1 here.
   */
  private static HttpClient.Builder http11() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
  }

  private Consumer<HttpRequest.Builder> bearer(String value) {
    return request -> request.header("Authorization", "Bearer " + value);
  }

  private void lenserfightRun() throws Exception {
    var client = new dev.agentapis.sdk.lenserfight.ApiClient();
    client.setHttpClientBuilder(http11());
    client.updateBaseUri(server + "/lenserfight");
    client.setRequestInterceptor(bearer(token));
    var request = new dev.agentapis.sdk.lenserfight.model.LensExecuteRequest()
        .params(Map.of("topic", "Java SDKs", "audience", "engineers"));
    var accepted = new dev.agentapis.sdk.lenserfight.api.LensesApi(client).executeLens(DEMO_LENS_ID, request).getData();
    check(accepted.getStatus() == dev.agentapis.sdk.lenserfight.model.ExecutionRunStatus.QUEUED, "executeLens answers queued");
    var runs = new dev.agentapis.sdk.lenserfight.api.RunsApi(client);
    var run = waitFor("the lens run to succeed", () -> {
      var status = call(() -> runs.getRunStatus(accepted.getRunId()).getData());
      return status.getStatus() == dev.agentapis.sdk.lenserfight.model.ExecutionRunStatus.SUCCEEDED ? status : null;
    });
    check(run.getId().equals(accepted.getRunId()), "getRunStatus is the run executeLens started");
    check(run.getCompletedAt() != null, "a finished run has completedAt");
    var primary = run.getArtifacts().stream().filter(a -> Boolean.TRUE.equals(a.getIsPrimaryOutput())).findFirst();
    check(primary.isPresent() && Objects.toString(primary.get().getContentText(), "").contains("Java SDKs"),
        "the primary artifact answers the topic");
    System.out.println("lenserfight: run " + run.getId() + " succeeded (" + run.getArtifacts().size() + " artifacts)");
  }

  private void lightningHealth() throws Exception {
    var client = new dev.agentapis.sdk.lightning.ApiClient();
    client.setHttpClientBuilder(http11());
    client.updateBaseUri(server + "/lightning/api");
    var health = new dev.agentapis.sdk.lightning.api.HealthApi(client).healthCheck();
    check("ok".equals(health.getStatus()), "lightning healthCheck says ok");
    System.out.println("lightning: healthCheck " + health.getStatus());
  }

  private void hybridJob() throws Exception {
    var client = new dev.agentapis.sdk.hybrid.ApiClient();
    client.setHttpClientBuilder(http11());
    client.updateBaseUri(server + "/hybrid/v1");
    client.setRequestInterceptor(bearer(token));
    var jobs = new dev.agentapis.sdk.hybrid.api.JobsApi(client);
    var accepted = jobs.runHybridPrompt(new dev.agentapis.sdk.hybrid.model.RunHybridRequest()
        .userId(user).promptText("Tabs or spaces?").requestedModels(new java.util.LinkedHashSet<>(List.of("local-fast", "local-deep"))));
    var job = waitFor("the hybrid job to complete", () -> {
      var state = call(() -> jobs.getJobStatus(accepted.getJobId()));
      return state.getStatus() == dev.agentapis.sdk.hybrid.model.HybridJobStatus.COMPLETED ? state : null;
    });
    check(job.getResults().keySet().equals(java.util.Set.of("local-fast", "local-deep")), "a result per requested model");
    check(job.getResults().values().stream().allMatch(r -> r.getContent() != null && r.getError() == null), "every model answered");
    check(job.getSynthesisResult() != null && job.getSynthesisResult().getContent() != null, "a synthesis");
    System.out.println("hybrid: job " + job.getJobId() + " completed with " + job.getResults().size() + " model results");
  }

  private void hypershiftWorkspace() throws Exception {
    var client = new dev.agentapis.sdk.hypershift.ApiClient();
    client.setHttpClientBuilder(http11());
    client.updateBaseUri(server + "/hypershift");
    var name = "Java SDK " + UUID.randomUUID();
    var workspace = new dev.agentapis.sdk.hypershift.api.WorkspacesApi(client)
        .createWorkspace(new dev.agentapis.sdk.hypershift.model.CreateWorkspaceRequest().name(name));
    check(name.equals(workspace.getName()), "hypershift createWorkspace keeps the name");
    check(workspace.getTier() == dev.agentapis.sdk.hypershift.model.Tier.FREE, "a new workspace is free");
    System.out.println("hypershift: createWorkspace " + workspace.getId());
  }

  private void orchestratorLogin() throws Exception {
    var client = new dev.agentapis.sdk.orchestrator.ApiClient();
    client.setHttpClientBuilder(http11());
    client.updateBaseUri(server + "/orchestrator/api/v1");
    var login = new dev.agentapis.sdk.orchestrator.api.AuthenticationApi(client).login(
        new dev.agentapis.sdk.orchestrator.model.LoginRequest().email("demo@orchestrator.local").password("demo-password-123"));
    check(login.getAccessToken() != null && !login.getAccessToken().isEmpty(), "orchestrator login gives an access token");
    check("demo@orchestrator.local".equals(login.getUser().getEmail()), "orchestrator login names the user");
    System.out.println("orchestrator: login as " + login.getUser().getEmail());
  }

  private interface Call<T> {
    T run() throws Exception;
  }

  private static <T> T call(Call<T> call) {
    try {
      return call.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T waitFor(String what, Supplier<T> check) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      T value = check.get();
      if (value != null) return value;
      Thread.sleep(100);
    }
    throw new IllegalStateException("waited 30 s for " + what);
  }

  private static void check(boolean condition, String what) {
    if (!condition) throw new IllegalStateException("contract mismatch: expected " + what);
  }
}
