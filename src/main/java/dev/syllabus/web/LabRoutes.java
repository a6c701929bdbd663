package dev.syllabus.web;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.lab.Fields;
import dev.syllabus.lab.KnowledgeText;
import dev.syllabus.lab.Lab;
import dev.syllabus.lab.LabInputException;
import dev.syllabus.lab.NGramModel;
import dev.syllabus.lab.Tokenization;
import dev.syllabus.view.Json;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The labs' pages ({@code /labs/NAME}, GET or POST, a form that posts back and shows its result) and their API routes
 * ({@code /api/v1/labs/NAME}, GET). A refused input is a 400 naming the field on both. The n-gram model of the
 * decoding sandbox is trained on the loaded knowledge base once per order, the first time it is asked for.
 */
final class LabRoutes {
    static final String API_PREFIX = ApiCatalog.API + "/labs/";
    /** Far above any form the labs accept (4,000 characters of text), far below what could hurt the server. */
    private static final int MAX_BODY = 64 * 1024;
    private final LiveSite live;
    private volatile Shelf shelf;

    LabRoutes(LiveSite live) {
        this.live = live;
    }

    /** The n-gram models of one knowledge base, by order. */
    private record Shelf(KnowledgeBase kb, NGramModel[] models) {
    }

    static List<ApiCatalog.Route> apiRoutes() {
        return java.util.Arrays.stream(Lab.values()).map(lab -> new ApiCatalog.Route(API_PREFIX + lab.id(),
                lab.title() + ": the same computation as the lab on the concept pages.", schema(lab), LabPanels.params(lab))).toList();
    }

    static String schema(Lab lab) {
        return switch (lab) {
            case PARAMS -> "ParameterCount";
            case SCALING -> "ScalingResult";
            case TOKENIZE -> "TokenizationList";
            case BPE -> "BpeRun";
            case DECODE -> "DecodeAnswer";
            case POSITIONS -> "PositionsResult";
        };
    }

    /** The record each lab's API answer is written from, for the OpenAPI document. */
    static Map<String, Class<?>> shapes() {
        return Map.of("ParameterCount", dev.syllabus.lab.ParameterCount.class, "ScalingResult", dev.syllabus.lab.ScalingResult.class,
                "TokenizationList", Tokenization.class, "BpeRun", dev.syllabus.lab.BpeRun.class,
                "DecodeAnswer", dev.syllabus.lab.DecodeAnswer.class, "PositionsResult", dev.syllabus.lab.PositionsResult.class);
    }

    /** The API's answer with every input at its default, as the document's example. */
    static String example(String route) {
        Lab lab = Lab.of(route.substring(API_PREFIX.length())).orElseThrow();
        return Json.pretty(LabPanels.compute(lab, new Fields(Map.of()), order -> {
            throw new IllegalStateException("the default decoding lab uses typed logits");
        }));
    }

    void register(Reads routes) {
        routes.get("/labs", this::list);
        for (Lab lab : Lab.values()) {
            routes.form("/labs/" + lab.id(), ctx -> page(ctx, lab, query(ctx)), ctx -> post(ctx, lab));
            routes.get(API_PREFIX + lab.id(), ctx -> api(ctx, lab));
        }
    }

    private void list(Context ctx) {
        Site site = live.current();
        Responses.send(ctx, site.cache().get(ctx, () -> Rendered.html(Templates.render("labs", LabsPage.of(site.wiki())))),
                Responses.REVALIDATE);
    }

    private void page(Context ctx, Lab lab, Map<String, String> values) {
        Site site = live.current();
        send(ctx, LabPanels.run(lab, values, models(site.kb())), site);
    }

    private static void send(Context ctx, LabPanel panel, Site site) {
        ctx.status(panel.error() == null ? 200 : 400).contentType(Rendered.HTML)
                .header("Cache-Control", "no-store").result(Templates.render("lab", LabPage.of(panel, site.wiki())));
    }

    private void api(Context ctx, Lab lab) {
        QueryCheck.allowOnly(ctx, API_PREFIX + lab.id());
        Map<String, String> values = query(ctx);
        Site site = live.current();
        Responses.send(ctx, site.cache().get(ctx, () -> {
            try {
                return Rendered.json(Json.pretty(LabPanels.compute(lab, new Fields(values), models(site.kb()))));
            } catch (LabInputException e) {
                throw new BadParameter(e.field(), e.getMessage());
            }
        }), Responses.REVALIDATE);
    }

    private static Map<String, String> query(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, list) -> {
            if (list.size() > 1) {
                throw new BadParameter(name, "parameter '" + name + "' is given " + list.size() + " times: give it once");
            }
            values.put(name, list.get(0));
        });
        return values;
    }

    /**
     * A posted form; a body far larger than any lab accepts is refused before it is read, on the lab's page with the
     * form at its defaults (the text is not echoed back).
     */
    private void post(Context ctx, Lab lab) {
        long length = ctx.contentLength();
        if (length > MAX_BODY) {
            RefusedBodies.drop(ctx);
            String message = "text: the form is " + dev.syllabus.lab.Numbers.grouped(length) + " bytes; the labs take at most "
                    + "4,000 characters of text: shorten it";
            send(ctx, LabPanels.refused(lab, "text", message), live.current());
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        page(ctx, lab, values);
    }

    private IntFunction<NGramModel> models(KnowledgeBase kb) {
        return order -> {
            Shelf s = shelf;
            if (s == null || s.kb() != kb) {
                s = new Shelf(kb, new NGramModel[NGramModel.MAX_ORDER + 1]);
                shelf = s;
            }
            NGramModel[] models = s.models();
            synchronized (models) {
                if (models[order] == null) {
                    models[order] = NGramModel.train(KnowledgeText.of(kb), order);
                }
                return models[order];
            }
        };
    }
}
