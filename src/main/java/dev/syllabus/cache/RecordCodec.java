package dev.syllabus.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes and reads a tree of records in a compact binary form, by the declared types of their components: strings,
 * numbers, booleans, byte arrays, enums, records, sealed interfaces of records, lists, sets, maps and optionals. The reader builds
 * only the types the root type declares (a sealed interface's value names one of its permitted classes by position),
 * so a damaged or hostile file can fail to read but never makes it instantiate anything else; every record is rebuilt
 * through its canonical constructor, which checks it again.
 */
public final class RecordCodec<T> {
    private static final Map<Type, Codec> CODECS = new HashMap<>();

    private final Type type;

    private RecordCodec(Type type) {
        this.type = type;
    }

    /** A codec for values of {@code type}: a record class, or a parameterised list, set, map or optional of them. */
    public static <T> RecordCodec<T> of(Type type) {
        codec(type);
        return new RecordCodec<>(type);
    }

    public byte[] encode(T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            codec(type).write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** Reads one value; damaged data, or data of another shape, ends in an {@link IOException}, whatever went wrong. */
    @SuppressWarnings("unchecked")
    public T decode(byte[] data) throws IOException {
        try {
            ByteInput in = new ByteInput(data);
            T value = (T) codec(type).read(in);
            if (in.available() != 0) {
                throw new IOException(in.available() + " bytes left over after the value");
            }
            return value;
        } catch (RuntimeException | StackOverflowError e) {
            throw new IOException("unreadable record data: " + e, e);
        }
    }

    /** The value, or empty when the data is damaged or of another shape (a cache then computes it again). */
    public Optional<T> decodeIfValid(byte[] data) {
        try {
            return Optional.of(decode(data));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How values of one type are written and read. */
    private record Codec(Writer writer, Reader reader) {
        void write(Object value, DataOutputStream out) throws IOException {
            writer.write(value, out);
        }

        Object read(ByteInput in) throws IOException {
            return reader.read(in);
        }
    }

    private static synchronized Codec codec(Type type) {
        Codec known = CODECS.get(type);
        if (known != null) {
            return known;
        }
        // A record may refer to itself through a list (a tree); the placeholder stands in while its codec is built.
        Codec[] built = new Codec[1];
        CODECS.put(type, new Codec((value, out) -> built[0].write(value, out), in -> built[0].read(in)));
        built[0] = nullable(create(type));
        CODECS.put(type, built[0]);
        return built[0];
    }

    private static Codec create(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return collection(codec(args[0]), false);
            }
            if (raw == Set.class) {
                return collection(codec(args[0]), true);
            }
            if (raw == Map.class) {
                return map(codec(args[0]), codec(args[1]));
            }
            if (raw == Optional.class) {
                return optional(codec(args[0]));
            }
            throw new IllegalArgumentException("no codec for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return new Codec((value, out) -> {
                byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }, in -> in.readString(length(in)));
        }
        if (c == byte[].class) {
            return new Codec((value, out) -> {
                out.writeInt(((byte[]) value).length);
                out.write((byte[]) value);
            }, in -> in.readBytes(length(in)));
        }
        if (c == int.class || c == Integer.class) {
            return new Codec((v, out) -> out.writeInt((Integer) v), ByteInput::readInt);
        }
        if (c == long.class || c == Long.class) {
            return new Codec((v, out) -> out.writeLong((Long) v), ByteInput::readLong);
        }
        if (c == boolean.class || c == Boolean.class) {
            return new Codec((v, out) -> out.writeBoolean((Boolean) v), ByteInput::readBoolean);
        }
        if (c == float.class || c == Float.class) {
            return new Codec((v, out) -> out.writeFloat((Float) v), ByteInput::readFloat);
        }
        if (c == double.class || c == Double.class) {
            return new Codec((v, out) -> out.writeDouble((Double) v), ByteInput::readDouble);
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return new Codec((v, out) -> out.writeShort(((Enum<?>) v).ordinal()), in -> constants[in.readUnsignedShort()]);
        }
        if (c.isRecord()) {
            return record(c);
        }
        if (c.isSealed()) {
            return sealed(c);
        }
        throw new IllegalArgumentException("no codec for " + type + ": records hold strings, numbers, enums, records, "
                + "sealed interfaces, lists, sets, maps and optionals");
    }

    private interface Writer {
        void write(Object value, DataOutputStream out) throws IOException;
    }

    private interface Reader {
        Object read(ByteInput in) throws IOException;
    }

    private static Codec nullable(Codec inner) {
        return new Codec((value, out) -> {
            out.writeBoolean(value != null);
            if (value != null) {
                inner.write(value, out);
            }
        }, in -> in.readBoolean() ? inner.read(in) : null);
    }

    private static int length(ByteInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("a length of " + n + " is beyond the data");
        }
        return n;
    }

    private static Codec collection(Codec element, boolean set) {
        return new Codec((value, out) -> {
            Collection<?> items = (Collection<?>) value;
            out.writeInt(items.size());
            for (Object item : items) {
                element.write(item, out);
            }
        }, in -> {
            int n = length(in);
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(element.read(in));
            }
            return set ? Collections.unmodifiableSet(new LinkedHashSet<>(items)) : Collections.unmodifiableList(items);
        });
    }

    private static Codec map(Codec key, Codec val) {
        return new Codec((value, out) -> {
            Map<?, ?> entries = (Map<?, ?>) value;
            out.writeInt(entries.size());
            for (Map.Entry<?, ?> e : entries.entrySet()) {
                key.write(e.getKey(), out);
                val.write(e.getValue(), out);
            }
        }, in -> {
            int n = length(in);
            Map<Object, Object> entries = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                entries.put(key.read(in), val.read(in));
            }
            return Collections.unmodifiableMap(entries);
        });
    }

    private static Codec optional(Codec inner) {
        return new Codec((value, out) -> inner.write(((Optional<?>) value).orElse(null), out),
                in -> Optional.ofNullable(inner.read(in)));
    }

    private static Codec sealed(Class<?> type) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        // Resolved once, so reading a value takes no lock (a permitted class being built is its placeholder here).
        Codec[] codecs = new Codec[permitted.length];
        for (int i = 0; i < permitted.length; i++) {
            codecs[i] = codec(permitted[i]);
        }
        return new Codec((value, out) -> {
            for (int i = 0; i < permitted.length; i++) {
                if (permitted[i].isInstance(value)) {
                    out.writeShort(i);
                    codecs[i].write(value, out);
                    return;
                }
            }
            throw new IllegalArgumentException(value.getClass() + " is not one of " + type);
        }, in -> {
            int i = in.readUnsignedShort();
            if (i >= permitted.length) {
                throw new IOException("no permitted class " + i + " of " + type);
            }
            return codecs[i].read(in);
        });
    }

    private static Codec record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        Codec[] codecs = new Codec[components.length];
        Class<?>[] raw = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            raw[i] = components[i].getType();
            codecs[i] = codec(components[i].getGenericType());
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor(raw);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
        return new Codec((value, out) -> {
            for (int i = 0; i < accessors.length; i++) {
                codecs[i].write(invoke(accessors[i], value), out);
            }
        }, in -> {
            Object[] args = new Object[codecs.length];
            for (int i = 0; i < codecs.length; i++) {
                args[i] = codecs[i].read(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IOException("the data does not make a valid " + type.getSimpleName() + ": " + e.getCause(), e);
            }
        });
    }

    private static Object invoke(Method accessor, Object value) {
        try {
            return accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not read " + accessor, e);
        }
    }
}
