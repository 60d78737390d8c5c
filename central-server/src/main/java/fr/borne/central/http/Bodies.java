package fr.borne.central.http;

import io.javalin.http.Context;

/** Reads a request's JSON body within central's limits (see {@link BodyReader}). */
@FunctionalInterface
interface Bodies {
    <T> T read(Context ctx, Class<T> type);
}
