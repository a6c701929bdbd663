package dev.syllabus.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyzers: English text is lowercased, folded to ASCII, stripped of stop words and Porter-stemmed, so
 * "Transformers" finds "transformer" and "masking" finds "masked". Queries also drop the filler words of questions
 * ("why do ... need ...") so a natural question searches for its content words. Spelling works on unstemmed words.
 */
final class TextAnalysis {
    /** Words that carry no topic in a learner's question; dropped from queries only, and only if others remain. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "when", "where", "which", "who",
            "whom", "do", "does", "did", "doing", "done", "can", "could", "should", "would", "need", "needs", "i", "me",
            "my", "we", "our", "you", "your", "explain", "explained", "explains", "explaining", "explanation", "tell",
            "about", "mean", "means", "meaning", "work", "works", "working", "good", "best", "way", "ways", "some", "get",
            "use", "used", "using", "so", "much", "many", "from", "all", "have", "has", "there", "s", "vs", "versus");

    /**
     * Words the Porter stemmer would merge with words of another meaning here: "decoder" with "decoding" (strategies),
     * "transformer" with "transformation", "general" with "generation", "tokenization" with every "token".
     */
    private static final Map<String, String> STEM_OVERRIDES = Map.ofEntries(
            Map.entry("decoder", "decoder"), Map.entry("decoders", "decoder"),
            Map.entry("encoder", "encoder"), Map.entry("encoders", "encoder"),
            Map.entry("transformer", "transformer"), Map.entry("transformers", "transformer"),
            Map.entry("general", "general"), Map.entry("generally", "general"),
            Map.entry("tokenization", "tokeniz"), Map.entry("tokenizations", "tokeniz"), Map.entry("tokenize", "tokeniz"),
            Map.entry("tokenized", "tokeniz"), Map.entry("tokenizing", "tokeniz"), Map.entry("tokenizer", "tokeniz"),
            Map.entry("tokenizers", "tokeniz"), Map.entry("tokenisation", "tokeniz"), Map.entry("tokeniser", "tokeniz"));
    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides();

    private static final CharArraySet INDEX_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final int VALUE_GAP = 100;
    private static final CharArraySet QUERY_STOP = querySet();

    private final Analyzer index = english(INDEX_STOP);
    private final Analyzer query = english(QUERY_STOP);
    private final Analyzer plain = plainAnalyzer();

    /** One analysed word: its term, position (stop words leave gaps) and where it stood in the text. */
    record Token(String term, int position, int start, int end) {
    }

    Analyzer index() {
        return index;
    }

    Analyzer plain() {
        return plain;
    }

    /** The analyzer an index writer uses: plain words for the spelling field, English text everywhere else. */
    Analyzer perField() {
        return new PerFieldAnalyzerWrapper(index, Map.of(Field.SPELLING, plain));
    }

    /** The terms of a query; without question filler unless nothing else is left. */
    List<Token> queryTokens(String text) {
        List<Token> tokens = tokens(query, text);
        return tokens.isEmpty() ? tokens(index, text) : tokens;
    }

    List<Token> indexTokens(String text) {
        return tokens(index, text);
    }

    List<Token> plainTokens(String text) {
        return tokens(plain, text);
    }

    /**
     * The analysed form of a name, to compare names and queries exactly: "Masked self-attention" is "mask self attent".
     * Both sides go through the query analyzer, so a question's filler words never break the comparison.
     */
    String key(String text) {
        return String.join(" ", queryTokens(text).stream().map(Token::term).toList());
    }

    /** The analysed form of a text with every word kept, to compare a typed title with a document's names exactly. */
    String indexKey(String text) {
        return String.join(" ", indexTokens(text).stream().map(Token::term).toList());
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text held in memory failed", e);
        }
        return out;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        STEM_OVERRIDES.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building the stemmer overrides in memory failed", e);
        }
    }

    private static CharArraySet querySet() {
        CharArraySet set = new CharArraySet(INDEX_STOP, true);
        set.addAll(QUESTION_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }

    private static Analyzer english(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new ASCIIFoldingFilter(result);
                result = new StopFilter(result, stopWords);
                result = new StemmerOverrideFilter(result, OVERRIDES);
                return new TokenStreamComponents(source, new PorterStemFilter(result));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }

            /** A phrase never spans two values of a field, such as two aliases or the title and the summary. */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }

    private static Analyzer plainAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                return new TokenStreamComponents(source, result);
            }
        };
    }
}
