package dev.syllabus.links;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker against loopback servers that behave as real sites do; the servers record facts, the tests assert them. */
class LinkCheckerIT {
    /** lychee's politeness with waits shrunk so the suite stays fast; the limits themselves are the defaults. */
    private static final Politeness FAST = Politeness.DEFAULTS.withHostInterval(Duration.ofMillis(5))
            .withRetries(3, Duration.ofMillis(20)).withTimeout(Duration.ofSeconds(5));
    private static LinkFixture fixture;
    private static String a;
    private static String b;

    @BeforeAll
    static void startServers() {
        fixture = LinkFixture.start(3);
        a = fixture.host(1);
        b = fixture.host(2);
    }

    @AfterAll
    static void stopServers() {
        fixture.close();
    }

    private static Outcome check(String address) {
        return check(CheckOptions.defaults().with(FAST), address).get(0);
    }

    private static List<Outcome> check(CheckOptions options, String... addresses) {
        List<Target> targets = new ArrayList<>();
        for (String address : addresses) {
            targets.add(Target.of(address, new Occurrence("test", 1, "")));
        }
        return new LinkChecker(options, ResultCache.none(), Clock.systemUTC()).check(targets, o -> { });
    }

    @Test
    void aPageThatAnswersIsOk() {
        assertThat(check(a + "/ok")).extracting(Outcome::verdict, Outcome::code).containsExactly(Verdict.OK, 200);
    }

    @Test
    void notFoundAndGoneAreBroken() {
        assertThat(check(a + "/missing")).extracting(Outcome::verdict, Outcome::code).containsExactly(Verdict.BROKEN, 404);
        assertThat(check(a + "/gone")).extracting(Outcome::verdict, Outcome::code).containsExactly(Verdict.BROKEN, 410);
    }

    @Test
    void sitesThatTurnBotsAwayAreUnverifiableNotBroken() {
        assertThat(check(a + "/forbidden").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(check(a + "/bot").verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() {
        Outcome o = check(a + "/no-head");

        assertThat(o.verdict()).isEqualTo(Verdict.OK);
        assertThat(fixture.counts("HEAD")).containsEntry(a.substring(7) + "/no-head", 1L);
        assertThat(fixture.counts("GET")).containsEntry(a.substring(7) + "/no-head", 1L);
    }

    @Test
    void aPermanentRedirectIsFollowedRecordedAndSuggestsTheNewAddress() {
        Outcome o = check(a + "/moved");

        assertThat(o.verdict()).isEqualTo(Verdict.OK);
        assertThat(o.redirects()).containsExactly(new Hop(a + "/moved", 301));
        assertThat(o.suggestion()).contains(a + "/ok");
    }

    @Test
    void aTemporaryRedirectIsRecordedButSuggestsNothing() {
        Outcome o = check(a + "/found");

        assertThat(o.redirects()).containsExactly(new Hop(a + "/found", 302));
        assertThat(o.suggestion()).isEmpty();
    }

    @Test
    void tenRedirectsAreFollowedAndAnEleventhIsBroken() {
        Outcome ten = check(a + "/chain/10");
        Outcome eleven = check(a + "/chain/11");

        assertThat(ten.verdict()).isEqualTo(Verdict.OK);
        assertThat(ten.redirects()).hasSize(10);
        assertThat(eleven.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(eleven.detail()).contains("more than 10 redirects");
    }

    @Test
    void aRedirectLoopIsBrokenAndSaysSo() {
        Outcome o = check(a + "/loop/a");

        assertThat(o.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(o.detail()).contains("redirect loop");
        assertThat(o.redirects()).extracting(Hop::url).containsExactly(a + "/loop/a", a + "/loop/b");
    }

    @Test
    void aRetryAfterIsWaitedForBeforeTheRetry() {
        Outcome o = check(a + "/limited");

        assertThat(o.verdict()).isEqualTo(Verdict.OK);
        List<LinkFixture.Seen> tries = fixture.requestsTo("/limited");
        assertThat(tries).hasSize(2);
        assertThat(tries.get(1).nanos() - tries.get(0).nanos()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1000));
    }

    @Test
    void aServerErrorIsRetriedThreeTimesThenBroken() {
        Outcome o = check(a + "/busy");

        assertThat(o.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(o.code()).isEqualTo(503);
        assertThat(fixture.requestsTo("/busy").stream().filter(s -> s.method().equals("HEAD"))).hasSize(4);
    }

    @Test
    void aConnectionResetIsRetriedThenBroken() {
        String server = fixture.resetting();
        Outcome o = check(server + "/x");

        assertThat(o.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(o.detail()).containsAnyOf("reset", "closed");
        // Four attempts; the JDK client may reconnect once within an attempt of an idempotent request.
        assertThat(fixture.seen.stream().filter(s -> s.host().equals("reset")).count()).isBetween(4L, 8L);
    }

    @Test
    void aServerThatHangsUpIsBroken() {
        Outcome o = check(b + "/hangup");

        assertThat(o.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(o.code()).isZero();
    }

    @Test
    void aRefusedConnectionIsBroken() {
        Outcome o = check("http://127.0.0.1:" + LinkFixture.closedPort() + "/x");

        assertThat(o.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(o.detail()).contains("connection refused");
    }

    @Test
    void aSlowServerPastTheTimeoutIsBroken() {
        Outcome o = check(CheckOptions.defaults().with(FAST.withTimeout(Duration.ofMillis(200)).withRetries(0, Duration.ZERO)),
                b + "/slow/1000").get(0);

        assertThat(o.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(o.detail()).contains("no answer within the timeout");
    }

    @Test
    void aSlowServerWithinTheTimeoutIsOk() {
        assertThat(check(b + "/slow/100").verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aSelfSignedCertificateIsABrokenTlsSetup() {
        String tls = fixture.addTls("127.0.0.1");
        Outcome o = check(tls + "/ok");

        assertThat(o.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(o.detail()).startsWith("TLS failure");
    }

    @Test
    void malformedAddressesAreReportedWithoutARequest() {
        int before = fixture.seen.size();
        List<Outcome> out = check(CheckOptions.defaults().with(FAST), "huggingface.co/learn/nlp-course", "//example.org/x",
                "Attention in transformers | Chapter 6", "not-a-url", "https://", "http://localhost-ish/x");

        assertThat(out).extracting(Outcome::verdict).containsOnly(Verdict.MALFORMED);
        assertThat(out.get(0).suggestion()).contains("https://huggingface.co/learn/nlp-course");
        assertThat(out.get(1).suggestion()).contains("https://example.org/x");
        assertThat(fixture.seen.size()).isEqualTo(before);
    }

    @Test
    void mailAndTelephoneLinksAreSkipped() {
        assertThat(check(CheckOptions.defaults().with(FAST), "mailto:someone@example.org", "tel:+4412345"))
                .extracting(Outcome::verdict).containsOnly(Verdict.SKIPPED);
    }

    @Test
    void youtubeVideosAreCheckedByIdThroughOembed() {
        CheckOptions options = CheckOptions.defaults().with(FAST)
                .withRemaps(List.of(Remap.parse("^https://www\\.youtube\\.com/oembed\\?(.*) " + b + "/oembed?$1")));
        List<Outcome> out = check(options, "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "https://youtu.be/eMlx5fFNoYc",
                "https://www.youtube.com/watch?v=AAAAAAAAAAA", "https://www.youtube.com/watch?v=MN_lSncZBs");

        assertThat(out).extracting(Outcome::verdict).containsExactly(Verdict.OK, Verdict.OK, Verdict.BROKEN, Verdict.MALFORMED);
        assertThat(out.get(2).detail()).contains("no such video");
        assertThat(out.get(3).detail()).contains("10 characters");
        assertThat(fixture.requestsTo("/oembed")).hasSize(3);
    }

    @Test
    void aRedirectToACookieConsentPageIsNotBroken() {
        Outcome o = check(a + "/consent");

        assertThat(o.verdict()).isEqualTo(Verdict.OK);
        assertThat(o.detail()).contains("consent");
    }

    @Test
    void fragmentsAreLookedUpOncePerPageAndGithubLineFragmentsNever() {
        String page = fixture.host(3) + "/page";
        CheckOptions options = CheckOptions.defaults().with(FAST).withFragments(true);
        List<Outcome> out = check(options, page + "#intro", page + "#usage", page + "#nowhere", page);

        assertThat(out).extracting(Outcome::verdict).containsExactly(Verdict.OK, Verdict.OK, Verdict.BROKEN, Verdict.OK);
        assertThat(out.get(2).detail()).contains("no anchor #nowhere");
        assertThat(fixture.counts("GET")).containsEntry(fixture.host(3).substring(7) + "/page", 1L);
        assertThat(Anchors.checkable("github.com", "L10-L20")).isFalse();
        assertThat(Anchors.checkable("github.com", "L10C2-L12C5")).isFalse();
        assertThat(Anchors.checkable("github.com", "installation")).isTrue();
    }

    @Test
    void theSameAddressNamedTwiceIsCheckedOnce() {
        List<Outcome> out = check(CheckOptions.defaults().with(FAST), b + "/ok?twice", b + "/ok?twice");

        assertThat(out).hasSize(1);
        assertThat(fixture.counts("HEAD")).containsEntry(b.substring(7) + "/ok?twice", 1L);
    }

    @Test
    void perHostAndTotalLimitsHoldUnderLoadAndEveryAddressIsRequestedOnce() {
        // 120 slow pages spread over three hosts, a third of them reached through a redirect from another host.
        List<String> addresses = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> {
            addresses.add(fixture.host(1) + "/slow/30?n=" + i);
            addresses.add(fixture.host(2) + "/slow/30?n=" + i);
            addresses.add(fixture.host(3) + "/to/" + fixture.host(2).substring(7) + "/slow/30?via=" + i);
        });
        CheckOptions options = CheckOptions.defaults().with(FAST.withConcurrency(8, 3).withHostInterval(Duration.ZERO));
        LinkFixture counting = fixture;
        Map<String, Long> headsBefore = Map.copyOf(counting.counts("HEAD"));

        List<Outcome> out = check(options, addresses.toArray(String[]::new));

        assertThat(out).extracting(Outcome::verdict).containsOnly(Verdict.OK);
        assertThat(counting.maxPerHost.values()).allSatisfy(max -> assertThat(max.get()).isLessThanOrEqualTo(3));
        assertThat(counting.maxPerHost.get(fixture.host(2).substring(7)).get()).as("the limit was reached").isEqualTo(3);
        assertThat(counting.maxAll.get()).isLessThanOrEqualTo(8);
        Map<String, Long> heads = counting.counts("HEAD");
        for (String address : addresses) {
            String key = address.substring(7);
            assertThat(heads.get(key) - headsBefore.getOrDefault(key, 0L)).as(address).isEqualTo(1L);
        }
    }
}
