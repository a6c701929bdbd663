package dev.syllabus.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The labs on the wiki and the API: results rendered on the server, bad input a 400 naming the field. */
class LabsIT {
    private static WebServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = Servers.bundled();
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} shows {1}")
    @CsvSource({"parameter-counting, Parameter counter", "scaling-laws, Scaling-law calculator",
            "compute-optimal-scaling, Scaling-law calculator", "tokenization, BPE trainer", "decoding-strategies, Decoding sandbox",
            "contrastive-search, Decoding sandbox", "positional-encoding, Positional encodings", "rotary-position-embedding, Positional encodings"})
    void conceptPagesCarryTheirLabWithADefaultResult(String concept, String lab) {
        String page = client.get("/concepts/" + concept).body();
        assertThat(page).contains(lab, "class=\"lab-form\"", "data-lab-result", "/assets/lab.");
        assertThat(page).doesNotContain("role=\"alert\"");
    }

    @Test
    void theParameterCounterPageShowsGpt2SmallByDefault() {
        assertThat(client.get("/labs/params").body()).contains("124,439,808");
    }

    @Test
    void theTokenizerFormPostsBackWithTheIds() throws Exception {
        HttpResponse<String> r = post("/labs/tokenize", "text=Hello+world%21&encoding=cl100k_base");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("tok-id\">9906", "tok-id\">1917", "tok-id\">0<");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/labs/params?width=-768|width: must be a whole number from 1 to 100,000",
            "/labs/scaling?tokens=1e30|tokens: must be from 1,000 to 1.000e16",
            "/labs/scaling?params=NaN|params: must be a number",
            "/labs/decode?source=ngram&beam=1000|beam: must be a whole number from 1 to 8",
            "/labs/positions?positions=100000|positions: must be a whole number from 2 to 64",
            "/labs/params?colour=red|colour: is not an input"})
    void aBadValueIsA400PageNamingTheFieldWithTheFormKept(String path, String message) {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains(message, "class=\"lab-form\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/labs/params?heads=7", "/api/v1/labs/scaling?tokens=1e30", "/api/v1/labs/decode?temperature=-1",
            "/api/v1/labs/bpe?merges=100000", "/api/v1/labs/positions?dimension=33", "/api/v1/labs/tokenize?encoding=gpt5"})
    void theApiAnswersBadValuesWithA400NamingTheParameter(String path) {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).isEqualTo(400);
        String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));
        assertThat(r.body()).contains("\"parameter\" : \"" + name + "\"");
    }

    @Test
    void aMegabyteOfTextIsA400NotA500() throws Exception {
        HttpResponse<String> r = post("/labs/tokenize", "text=" + "a".repeat(1 << 20));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("4,000 characters", "class=\"lab-form\"").doesNotContain("aaaaaaaaaa");
    }

    @Test
    void theListOfLabsLinksEveryLabAndIsInTheNavigation() {
        String page = client.get("/labs").body();
        for (dev.syllabus.lab.Lab lab : dev.syllabus.lab.Lab.values()) {
            assertThat(page).contains("href=\"/labs/" + lab.id() + "\">" + lab.title() + "</a>");
        }
        assertThat(client.get("/").body()).contains("<a href=\"/labs\"");
    }

    @Test
    void theApiComputesTheReferenceFigures() throws Exception {
        var scaling = dev.syllabus.view.Json.mapper().readTree(client.get("/api/v1/labs/scaling?params=70e9&tokens=1.4e12").body());
        assertThat(scaling.at("/fits/0/loss").asDouble()).isCloseTo(1.9366, org.assertj.core.api.Assertions.within(5e-5));
        assertThat(client.get("/api/v1/labs/params?preset=gpt2-xl").body()).contains("\"total\" : 1557611200");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
