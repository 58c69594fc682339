// Generated from openapi.json by `npm run openapi:write`; do not edit.
export interface paths {
    "/v1/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List boards
         * @description Newest first.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BoardPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a board
         * @description Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateBoardInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Board"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/boards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a board
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The board_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Board"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a board and everything on it
         * @description Requires the `admin` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The board_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update, archive or restore a board
         * @description Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The board_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateBoardInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Board"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/boards/{id}/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get everything a board shows, in one request
         * @description The board, its non-archived lists (by position) and cards (each exactly as `GET /v1/cards` shows it, with position, tag and assignee ids), the board's tags and the workspace's members: what the board page needs to draw, read in a fixed handful of queries whatever the board's size. The same content as `GET /v1/boards/{id}`, `GET /v1/lists?board_id=&archived=false`, every page of `GET /v1/cards?board_id=`, `GET /v1/tags?board_id=` and `GET /v1/users`, in one answer instead of a page after another.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The board_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BoardSnapshot"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cards
         * @description Newest first by id; archived cards only with `archived=true`.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    board_id?: string;
                    list_id?: string;
                    assignee_id?: string;
                    tag_id?: string;
                    milestone_id?: string;
                    sprint_id?: string;
                    /** @description true: only cards in no sprint; false: only cards in one. */
                    backlog?: "true" | "false";
                    completed?: "true" | "false";
                    /** @description Default false: archived cards are left out (unless `q` says `is:archived`, which then decides). */
                    archived?: "true" | "false";
                    due_before?: string;
                    due_after?: string;
                    updated_since?: string;
                    /** @description A query in the card filter language, ANDed with the other filters. Terms: `tag:<name>`, `assignee:me|none|<name, email or user id>`, `due:overdue|none|<7d|>2w|<=24h|2026-12-31|<2026-12-31`, `is:open|done|archived`, `list:<name>` (names case-insensitive; quote values with spaces: `list:"In review"`); bare words and `"exact phrases"` match the title or description. Terms side by side must all match; `OR` (capitals) between them, parentheses to group, `-term` or `NOT term` to negate. A query that cannot be read is a 400 whose details give the position (1-based). */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CardPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a card in a list
         * @description Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateCardInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Card"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a card
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The card_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Card"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a card
         * @description Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The card_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit, move, complete, archive, assign or tag a card
         * @description `list_id` and/or `position` move the card (one `card.moved` event); `completed: true` records `card.completed`, `archived: true` `card.archived`, other fields `card.updated`; each added or removed tag records `tag.added` / `tag.removed`.
         *
         *     Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The card_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateCardInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Card"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/cards/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A card's dependencies
         * @description What the card depends on and what depends on it, oldest first.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The card_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CardDependencies"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Make the card depend on another
         * @description Records dependency.created. For the four scheduling types the scheduler then moves this card and the cards after it to the earliest dates the links allow (never earlier than set), recording one schedule.recalculated and a card.updated per moved card. A link that would close a cycle is refused (400 naming the path); a second link between the same two cards is 409.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The card_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateDependencyInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dependency"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cards/{id}/dependencies/{dependency_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a dependency
         * @description Records dependency.deleted; no dates move.
         *
         *     Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The card_… id. */
                    id: string;
                    /** @description The dep_… id of a link of this card (either end). */
                    dependency_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a card's checklists
         * @description In creation order, each with its items. `card_id` is required.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    cursor?: string;
                    card_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChecklistPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a checklist to a card
         * @description Optionally with up to 100 items. Events: `checklist.item_created` (each new item), `checklist.item_completed` (false → true), `checklist.item_deleted` (each removed item, also when its checklist is deleted). Renaming, text edits, un-completing and reordering record no event.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateChecklistInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checklist"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a checklist with its items
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The chk_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checklist"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a checklist and its items
         * @description Events: `checklist.item_created` (each new item), `checklist.item_completed` (false → true), `checklist.item_deleted` (each removed item, also when its checklist is deleted). Renaming, text edits, un-completing and reordering record no event.
         *
         *     Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The chk_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename a checklist
         * @description Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The chk_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateChecklistInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checklist"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/checklists/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an item
         * @description At `position` (default: the end); later items shift down. At most 500 items (409 beyond). Events: `checklist.item_created` (each new item), `checklist.item_completed` (false → true), `checklist.item_deleted` (each removed item, also when its checklist is deleted). Renaming, text edits, un-completing and reordering record no event.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The chk_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateChecklistItemInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChecklistItem"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/checklists/{id}/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an item
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The chk_… id. */
                    id: string;
                    /** @description The chki_… id of an item of this checklist. */
                    item_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChecklistItem"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an item
         * @description Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The chk_… id. */
                    id: string;
                    /** @description The chki_… id of an item of this checklist. */
                    item_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit, complete or move an item
         * @description A position past the end moves the item last. Events: `checklist.item_created` (each new item), `checklist.item_completed` (false → true), `checklist.item_deleted` (each removed item, also when its checklist is deleted). Renaming, text edits, un-completing and reordering record no event.
         *
         *     Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The chk_… id. */
                    id: string;
                    /** @description The chki_… id of an item of this checklist. */
                    item_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateChecklistItemInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChecklistItem"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a card's comments
         * @description Oldest first. `card_id` is required.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    cursor?: string;
                    card_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Comment on a card
         * @description The author is the caller. Member role or higher. Emits `comment.created`.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateCommentInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a comment
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The cmt_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a comment
         * @description Only the author, or an admin or owner. Emits `comment.deleted` with the last state.
         *
         *     Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The cmt_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit a comment
         * @description Only the author, or an admin or owner. Sets `edited_at`; emits `comment.updated` with `changes.body`.
         *
         *     Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The cmt_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateCommentInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comment"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dependencies
         * @description Newest first; `board_id` gives the links of a board's cards (what a timeline draws).
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description Links whose dependent card is on this board. */
                    board_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DependencyPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event types (the webhook event catalog)
         * @description Every event type a webhook can subscribe to, in display order, with its group, a description, the JSON Schema (draft 2020-12) of its payload's `data` and a whole example delivery body. Types with `security: true` are what the SIEM forwarding preset selects. The same for every workspace and caller.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventTypeCatalog"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events (activity feed)
         * @description Newest first. Board events are visible to anyone who can see the board; workspace-level events (members, tokens, webhooks) only to admins. A board-restricted token sees its boards' events only.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    board_id?: string;
                    /** @description Events about this card: the card itself, its comments, checklist items and time entries. */
                    card_id?: string;
                    type?: "card.created" | "card.updated" | "card.completed" | "card.moved" | "card.archived" | "card.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "list.created" | "list.updated" | "list.deleted" | "board.created" | "board.updated" | "board.deleted" | "member.added" | "member.removed" | "member.role_changed" | "tag.added" | "tag.removed" | "checklist.item_created" | "checklist.item_completed" | "checklist.item_deleted" | "card.assigned" | "card.unassigned" | "file.uploaded" | "file.deleted" | "milestone.created" | "milestone.updated" | "milestone.completed" | "milestone.deleted" | "sprint.created" | "sprint.updated" | "sprint.activated" | "sprint.review_started" | "sprint.completed" | "sprint.paused" | "sprint.resumed" | "sprint.deleted" | "card.sprint_changed" | "dependency.created" | "dependency.deleted" | "schedule.recalculated" | "automation.executed" | "time_entry.started" | "time_entry.stopped" | "time_entry.created" | "time_entry.updated" | "time_entry.deleted" | "auth.login" | "auth.login_failed" | "auth.logout" | "board.accessed" | "token.created" | "token.revoked" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.disabled" | "webhook.test";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/file_usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the workspace's file storage use
         * @description Bytes used by uploads against FILE_WORKSPACE_QUOTA_BYTES, and the per-file and per-card limits.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileUsage"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a card's attachments
         * @description Oldest first. `card_id` is required.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    cursor?: string;
                    card_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FilePage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach a file or a link to a card
         * @description `multipart/form-data` with the text field `card_id` **before** the part `file` uploads a file; it is streamed to the storage and refused with 413 as soon as it passes `FILE_MAX_BYTES` (25 MiB by default) or the workspace's quota, leaving nothing behind. Its `content_type` is detected from its bytes. A JSON body `{card_id, url, name}` attaches a link instead. A card holds at most 100 attachments (409). Emits `file.uploaded`.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        card_id: string;
                        /**
                         * Format: binary
                         * @description The file's bytes; its name is the part's filename.
                         */
                        file: string;
                    };
                    "application/json": components["schemas"]["CreateLinkInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["File"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an attachment's metadata
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The file_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["File"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an attachment
         * @description Its bytes are removed from the storage after commit. Emits `file.deleted` with its last metadata.
         *
         *     Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The file_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename an attachment
         * @description The name is sanitized like an uploaded file's. Records no event (the catalog has no `file.updated`).
         *
         *     Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The file_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateFileInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["File"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description The bytes with the `Content-Type` detected at upload, `Content-Disposition: attachment` (RFC 6266 file name), `X-Content-Type-Options: nosniff` and `Content-Security-Policy: sandbox`, so HTML or SVG never runs on this origin. A single `Range: bytes=…` answers 206 with `Content-Range` (416 when it lies outside the file). A link has no content (409).
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    /** @description `1` shows PNG, JPEG, GIF, WebP and PDF inline; every other type is always an attachment. */
                    inline?: "0" | "1";
                };
                header?: never;
                path: {
                    /** @description The file_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file's bytes. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description The requested range of the file's bytes. */
                206: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an image attachment's thumbnail
         * @description A WebP fitted in 320×320, made shortly after upload; 404 until then (`has_thumbnail`) and for other types.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The file_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The thumbnail (WebP). */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "image/webp": string;
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List lists
         * @description Newest first by id; sort by `position` for display order.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    board_id?: string;
                    /** @description Omit for both; false for the board's visible lists. */
                    archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a list on a board
         * @description Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateListInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["List"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The list_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["List"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a list and its cards
         * @description Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The list_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename, reorder, archive or restore a list
         * @description Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The list_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateListInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["List"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List milestones
         * @description Newest first, each with its progress (cards done / total, time logged).
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    board_id?: string;
                    status?: "open" | "done";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MilestonePage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a board milestone
         * @description Records milestone.created.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateMilestoneInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a milestone
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ms_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a milestone
         * @description Its cards leave it; each such card records a card.updated with changes.milestone_id.
         *
         *     Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ms_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit, complete or reopen a milestone
         * @description status done records milestone.completed; other changes (and reopening) milestone.updated with changes.
         *
         *     Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The ms_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateMilestoneInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search cards
         * @description Finds cards by words in their titles, descriptions, comments and checklist items, across the boards the caller may see (a board-restricted token: its boards only). Ranked title above description above comments above checklist items; titles also match with small typos (trigram similarity). Each hit has its title and an excerpt with the matched words marked. Archived cards are left out unless `filter` says `is:archived`. Pages are by rank (`next_cursor`), so edits between pages can shift them.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query: {
                    /** @description Words to find in card titles, descriptions, comments and checklist items (each word also matches as a prefix; titles also match with small typos). */
                    q: string;
                    /** @description Only this board's cards. */
                    board_id?: string;
                    /** @description Refines the hits with the card filter language. Terms: `tag:<name>`, `assignee:me|none|<name, email or user id>`, `due:overdue|none|<7d|>2w|<=24h|2026-12-31|<2026-12-31`, `is:open|done|archived`, `list:<name>` (names case-insensitive; quote values with spaces: `list:"In review"`); bare words and `"exact phrases"` match the title or description. Terms side by side must all match; `OR` (capitals) between them, parentheses to group, `-term` or `NOT term` to negate. A query that cannot be read is a 400 whose details give the position (1-based). */
                    filter?: string;
                    limit?: number;
                    /** @description next_cursor of the previous page. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sprints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sprints
         * @description Newest first, each with its progress and the lifecycle actions it allows.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    board_id?: string;
                    status?: "draft" | "planned" | "active" | "review" | "completed" | "paused";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SprintPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a sprint
         * @description A new sprint is a draft. Records sprint.created.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateSprintInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sprints/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate the board's next sprints on a cadence
         * @description Creates `count` draft sprints of `length_days` each, back to back, numbered after the board's sprints. Each records sprint.created with `actor: null`: the cadence made it, not a person.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GenerateSprintsInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GeneratedSprints"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sprints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sprint
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a sprint
         * @description Its cards go to the backlog, each recording card.sprint_changed; then sprint.deleted.
         *
         *     Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit a sprint
         * @description Name, goal, dates and capacity; the status changes only through the lifecycle actions. Records sprint.updated with changes.
         *
         *     Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateSprintInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/sprints/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a planned sprint
         * @description planned → active; at most one active sprint per board (409 otherwise). Records sprint.activated. Refused with 409, naming the allowed actions, from any other status. No body.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sprints/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a sprint
         * @description active or review → completed. Unfinished cards move to the next sprint or to the backlog (each a card.sprint_changed); the sprint stores its snapshot and goal_achieved and records sprint.completed. 409 from any other status, naming the allowed actions, or when next_sprint is asked and the board has none. The body is optional.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CompleteSprintInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sprints/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause the active sprint
         * @description active → paused. Records sprint.paused. Refused with 409, naming the allowed actions, from any other status. No body.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sprints/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a draft sprint
         * @description draft → planned. Records sprint.updated with changes.status. Refused with 409, naming the allowed actions, from any other status. No body.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sprints/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused sprint
         * @description paused → active, unless another sprint of the board is active (409). Records sprint.resumed. Refused with 409, naming the allowed actions, from any other status. No body.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sprints/{id}/start_review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a sprint's review
         * @description active → review. Records sprint.review_started. Refused with 409, naming the allowed actions, from any other status. No body.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The spr_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sprint"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description Newest first.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    board_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TagPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a board tag
         * @description Names are unique per board, ignoring case.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTagInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tag"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tag
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The tag_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tag"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a tag
         * @description Removes it from every card; each such card records a tag.removed event.
         *
         *     Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The tag_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename or recolor a tag
         * @description Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The tag_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateTagInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tag"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/time_entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List time entries
         * @description Newest first. Filter by board, card, user, start date range (`from` inclusive, `to` exclusive; a date `to` includes that day) and `running`.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    board_id?: string;
                    card_id?: string;
                    user_id?: string;
                    /** @description Entries started at or after this instant (a date means its start, UTC). */
                    from?: string;
                    /** @description Entries started before this instant; a date includes that whole day (UTC). */
                    to?: string;
                    running?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntryPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record time by hand
         * @description For the caller, with `ended_at` or `duration_seconds`. Times must lie between 2000-01-01 and now (5 minutes of clock skew allowed); the end must be after the start; one entry lasts at most 7 days. Emits `time_entry.created`.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTimeEntryInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time_entries/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a timer on a card
         * @description One running timer per user and workspace: while one runs, this answers **409** naming it (stop it first). Emits `time_entry.started`.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartTimerInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time_entries/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop your running timer
         * @description Whatever card it is on; 404 when none runs. Emits `time_entry.stopped`.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time_entries/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Total tracked time
         * @description Sum of finished entries (running timers excluded) matching the same filters as the list, overall and, with `group_by=card|user`, per card or per user (largest first, at most 1000 groups).
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    board_id?: string;
                    card_id?: string;
                    user_id?: string;
                    /** @description Entries started at or after this instant (a date means its start, UTC). */
                    from?: string;
                    /** @description Entries started before this instant; a date includes that whole day (UTC). */
                    to?: string;
                    group_by?: "card" | "user";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeTotals"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time_entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a time entry
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The te_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a time entry
         * @description Your own (admins and owners: anyone's). Emits `time_entry.deleted` with the last state.
         *
         *     Requires the `member` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The te_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Correct a time entry
         * @description Your own (admins and owners: anyone's). `duration_seconds` sets the end from the start. A running entry's end cannot be set (409). Times must lie between 2000-01-01 and now (5 minutes of clock skew allowed); the end must be after the start; one entry lasts at most 7 days. Emits `time_entry.updated` with `changes`.
         *
         *     Requires the `member` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The te_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateTimeEntryInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/time_entries/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a running timer
         * @description Your own (admins and owners: anyone's); 409 when it already stopped. Emits `time_entry.stopped`.
         *
         *     Requires the `member` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The te_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeEntry"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API tokens
         * @description The caller's live tokens, newest first. Needs a session, or an unrestricted token (read_write to create or revoke). Tokens are personal: every member manages their own; admins and owners can also list and revoke everyone's.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description Admins and owners: `true` lists every member's tokens in the workspace. */
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token
         * @description Returns the secret `token` once; only its hash is stored. A token created with a token cannot outlive it. Needs a session, or an unrestricted token (read_write to create or revoke). Tokens are personal: every member manages their own; admins and owners can also list and revoke everyone's.
         *
         *     Requires the `viewer` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTokenInput"];
                };
            };
            responses: {
                /** @description Created; `token` is shown only here. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedToken"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API token
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The tok_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Token"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description The next request with the token gets 401.
         *
         *     Requires the `viewer` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The tok_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workspace members
         * @description Ordered by user id. Any member may read.
         *
         *     Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    role?: "owner" | "admin" | "member" | "viewer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a member, or invite an email
         * @description Admins and owners only; only owners grant the owner role. An existing account joins at once (201, Member, `member.added`). For an email without an account the answer is **202** with a pending Invite; the membership (and `member.added`) follows when that email signs up. Already a member or already invited → 409.
         *
         *     Requires the `admin` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddMemberInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Success. */
                202: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invite"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending invites
         * @description Admins and owners only.
         *
         *     Requires the `admin` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitePage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/invites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw a pending invite
         * @description Requires the `admin` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The inv_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a member
         * @description Requires the `viewer` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The user_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Remove a member (or leave)
         * @description Admins and owners remove others (owners only remove owners); anyone may remove themselves. Removing the last owner → 409. Access ends on the member's next request.
         *
         *     Requires the `viewer` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The user_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Admins and owners; only owners grant or remove the owner role. Demoting the last owner → 409. Emits `member.role_changed` with `changes.role`.
         *
         *     Requires the `admin` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The user_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateMemberInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhook_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the workspace's webhook settings
         * @description How long deliveries are kept. Admins and owners only.
         *
         *     Requires the `admin` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookSettings"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the workspace's webhook settings
         * @description `delivery_retention_days`: keep this workspace's delivery log for fewer days than the server's WEBHOOK_LOG_RETENTION_DAYS (null: that maximum). Pending deliveries are never pruned. Admins and owners only.
         *
         *     Requires the `admin` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateWebhookSettingsInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookSettings"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Newest first. Each carries its health (`last_delivery_status`, `last_delivery_at`, `last_delivery_status_code`, `disabled_by`), so one request shows every webhook's state. Admins and owners only; board-restricted tokens are refused.
         *
         *     Requires the `admin` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a webhook
         * @description The URL is checked (https in production unless the server sets WEBHOOKS_ALLOW_HTTP=1; no private, loopback, link-local or metadata addresses). The response carries `secret` — the only time it is shown. At most 20 per workspace. Admins and owners only; board-restricted tokens are refused.
         *
         *     Requires the `admin` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateWebhookInput"];
                };
            };
            responses: {
                /** @description Success. */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookWithSecret"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Shows a hint of the secret, never the secret. Admins and owners only; board-restricted tokens are refused.
         *
         *     Requires the `admin` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a webhook and its deliveries
         * @description Requires the `admin` role or higher.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content. */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update, pause or resume a webhook
         * @description `active: false` pauses deliveries (events are recorded as skipped) and sets `disabled_by: "admin"`; `true` resumes and clears `disabled_by` and `disabled_reason`. Re-enabling does not reset the failure count; the next successful delivery does.
         *
         *     Requires the `admin` role or higher.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateWebhookInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhooks/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge that a webhook was turned off
         * @description Dismisses the notice admins see on every settings page after the system turned this webhook off (too many failures, or 410 Gone). The webhook stays off; re-enable it with PATCH `active: true`. 409 for an active or paused webhook.
         *
         *     Requires the `admin` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description Newest first; filter by `status` and `event`. Deliveries are kept 30 days.
         *
         *     Requires the `admin` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "pending" | "success" | "failed" | "skipped";
                    event?: string;
                };
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryPage"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a delivery with every attempt
         * @description The full payload, the request headers (signatures shown) and every attempt: time, status code or error kind, duration, response excerpt.
         *
         *     Requires the `admin` role or higher.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                    /** @description The delivery's id (msg_…). */
                    delivery_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryDetail"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{delivery_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-send a delivery now
         * @description A new attempt of the same delivery id, whatever its status; made synchronously. If it fails, the retry schedule follows.
         *
         *     Requires the `admin` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                    /** @description The delivery's id (msg_…). */
                    delivery_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryDetail"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/recover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay missed deliveries
         * @description Queues the webhook's skipped and failed deliveries created in [since, until) again, with the same delivery ids; each missed event is delivered once. The webhook must be active.
         *
         *     Requires the `admin` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecoverWebhookInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoverWebhookResult"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The change conflicts with the current state. */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "conflict",
                         *       "message": "The change conflicts with the current state."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/recover/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count what a replay would send
         * @description How many deliveries `POST /v1/webhooks/{id}/recover` with the same window would queue again, and the oldest one's created_at (pass it as `since` to replay exactly these). Without `since`, the window starts after the newest successful delivery: everything missed since the webhook last worked. Works while the webhook is inactive. Admins and owners only; board-restricted tokens are refused.
         *
         *     Requires the `admin` role or higher.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Start of the window (inclusive). Omitted: everything after the newest successful delivery. */
                    since?: string;
                    /** @description End of the window (exclusive); default now. */
                    until?: string;
                };
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoverWebhookPreview"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate_secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Returns the new secret once. With `grace_period_seconds` (up to 7 days) the old secret keeps signing too: `webhook-signature` carries both. The body is optional.
         *
         *     Requires the `admin` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RotateSecretInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookWithSecret"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test delivery now
         * @description Sends `webhook.test` (or a sample of `event`, marked `"test": true`) synchronously and returns the delivery with its attempt. The body is optional.
         *
         *     Requires the `admin` role or higher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The wh_… id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["TestWebhookInput"];
                };
            };
            responses: {
                /** @description Success. */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryDetail"];
                    };
                };
                /** @description The request is malformed or a field is invalid; `details` names each field. */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "invalid_request",
                         *       "message": "Invalid request body: name: Name must not be empty.",
                         *       "details": [
                         *         {
                         *           "field": "name",
                         *           "message": "Name must not be empty."
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing, invalid, expired or revoked credentials. */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unauthorized",
                         *       "message": "The API token is invalid, expired or revoked."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Authenticated, but the role, token scope or board restriction does not allow this. */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "forbidden",
                         *       "message": "This API token has the read scope; the read_write scope is required to make changes."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such resource for this caller. */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "not_found",
                         *       "message": "Board was not found."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "payload_too_large",
                         *       "message": "The request body is larger than 1024 KiB."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body is not JSON. */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unsupported_media_type",
                         *       "message": "Send the body as JSON with Content-Type: application/json."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many requests; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "rate_limited",
                         *       "message": "Too many requests; try again in 12 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unexpected error; reported with its request id. */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "internal",
                         *       "message": "Something went wrong on our side (request 6f1c…)."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is unreachable for a moment; retry after `Retry-After` seconds. */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": "unavailable",
                         *       "message": "The database is unreachable for a moment; try again in 2 s."
                         *     }
                         */
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BoardPage: {
            items: components["schemas"]["Board"][];
            next_cursor: string | null;
        };
        Board: {
            id: string;
            workspace_id: string;
            name: string;
            description: string;
            active: boolean;
            created_by: string | null;
            created_at: string;
            updated_at: string;
        };
        Error: {
            /** @enum {string} */
            error: "invalid_request" | "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "unavailable" | "internal";
            message: string;
            details?: {
                field: string;
                message: string;
            }[];
        };
        CreateBoardInput: {
            name: string;
            description?: string;
        };
        UpdateBoardInput: {
            name?: string;
            description?: string;
            active?: boolean;
        };
        BoardSnapshot: {
            board: components["schemas"]["Board"];
            /** @description The board's non-archived lists, by position. */
            lists: components["schemas"]["List"][];
            /** @description The board's non-archived cards (as GET /v1/cards?board_id= lists them), by list position, then position. */
            cards: components["schemas"]["Card"][];
            /** @description The board's tags, by name. */
            tags: components["schemas"]["Tag"][];
            /** @description The workspace's members (as GET /v1/users lists them), by user id. */
            members: components["schemas"]["Member"][];
        };
        List: {
            id: string;
            workspace_id: string;
            board_id: string;
            name: string;
            /** @description 0-based index among the board's non-archived lists; null while archived. */
            position: number | null;
            archived: boolean;
            created_by: string | null;
            created_at: string;
            updated_at: string;
        };
        Card: {
            id: string;
            workspace_id: string;
            board_id: string;
            list_id: string;
            title: string;
            /** @description Markdown text. */
            description: string;
            /** @description 0-based index among the list's non-archived cards; null while archived. */
            position: number | null;
            /** @description Planned start; with due_at, what the scheduler moves along dependencies. */
            start_at: string | null;
            due_at: string | null;
            completed: boolean;
            completed_at: string | null;
            archived: boolean;
            assignee_ids: string[];
            tag_ids: string[];
            created_by: string | null;
            /** @description An image attachment shown on the card's front; null: none. */
            cover_file_id: string | null;
            /** @description Files and links attached (`GET /v1/files?card_id=`). */
            attachment_count: number;
            /** @description The board milestone the card belongs to; null: none. */
            milestone_id: string | null;
            /** @description The sprint the card is planned into; null: the backlog. */
            sprint_id: string | null;
            /** @description Effort in the sprint's unit (points or hours); null: not estimated. */
            estimate: number | null;
            created_at: string;
            updated_at: string;
        };
        Tag: {
            id: string;
            workspace_id: string;
            board_id: string;
            name: string;
            /** @description #rrggbb, lower-case. */
            color: string;
            created_at: string;
            updated_at: string;
        };
        Member: {
            /** @description The user's id (`user_…`). */
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            joined_at: string;
        };
        CardPage: {
            items: components["schemas"]["Card"][];
            next_cursor: string | null;
        };
        CreateCardInput: {
            list_id: string;
            title: string;
            description?: string;
            /** @description Target 0-based index; clamped to the end. Default: the end. */
            position?: number;
            /** Format: date-time */
            start_at?: string | null;
            /** Format: date-time */
            due_at?: string | null;
            completed?: boolean;
            assignee_ids?: string[];
            tag_ids?: string[];
            /** @description A milestone of the card's board; null: none. */
            milestone_id?: string | null;
            /** @description A sprint of the card's board that is not completed; null: the backlog. A change records card.sprint_changed. */
            sprint_id?: string | null;
            estimate?: number | null;
        };
        UpdateCardInput: {
            /** @description Moves the card to this list of the same board. */
            list_id?: string;
            /** @description Moves the card to this 0-based index; clamped to the end. */
            position?: number;
            title?: string;
            description?: string;
            /** Format: date-time */
            start_at?: string | null;
            /** Format: date-time */
            due_at?: string | null;
            completed?: boolean;
            archived?: boolean;
            assignee_ids?: string[];
            tag_ids?: string[];
            /** @description A PNG, JPEG, GIF or WebP upload of this card to show on its front; null removes the cover. */
            cover_file_id?: string | null;
            /** @description A milestone of the card's board; null: none. */
            milestone_id?: string | null;
            /** @description A sprint of the card's board that is not completed; null: the backlog. A change records card.sprint_changed. */
            sprint_id?: string | null;
            estimate?: number | null;
        };
        CardDependencies: {
            /** @description Links where this card depends on another. */
            depends_on: components["schemas"]["Dependency"][];
            /** @description Links where another card depends on this one. */
            dependents: components["schemas"]["Dependency"][];
        };
        Dependency: {
            id: string;
            workspace_id: string;
            /** @description The board of `card_id` (the dependent card). */
            board_id: string;
            /** @description The card that depends. */
            card_id: string;
            /** @description The card it depends on (the predecessor). */
            depends_on_id: string;
            /**
             * @description finish_to_start: card starts after depends_on finishes; start_to_start, finish_to_finish, start_to_finish likewise. relates_to and duplicates are plain relations: never scheduled, never blocking.
             * @enum {string}
             */
            type: "finish_to_start" | "start_to_start" | "finish_to_finish" | "start_to_finish" | "relates_to" | "duplicates";
            /** @description Days added to the constraint (negative: a lead). */
            lag_days: number;
            /** @description A scheduling dependency whose predecessor is not completed: the card is blocked. */
            blocking: boolean;
            created_by: string | null;
            created_at: string;
        };
        CreateDependencyInput: {
            /** @description A card of the same workspace. */
            depends_on_id: string;
            /**
             * @description Default finish_to_start.
             * @enum {string}
             */
            type?: "finish_to_start" | "start_to_start" | "finish_to_finish" | "start_to_finish" | "relates_to" | "duplicates";
            /** @description Default 0. Only scheduling types take a lag. */
            lag_days?: number;
        };
        ChecklistPage: {
            items: components["schemas"]["Checklist"][];
            next_cursor: string | null;
        };
        Checklist: {
            id: string;
            card_id: string;
            title: string;
            items: components["schemas"]["ChecklistItem"][];
            created_at: string;
            updated_at: string;
        };
        ChecklistItem: {
            id: string;
            checklist_id: string;
            card_id: string;
            text: string;
            completed: boolean;
            completed_at: string | null;
            /** @description 0-based, dense within the checklist. */
            position: number;
        };
        CreateChecklistInput: {
            card_id: string;
            title: string;
            items?: {
                text: string;
                completed?: boolean;
            }[];
        };
        UpdateChecklistInput: {
            title: string;
        };
        CreateChecklistItemInput: {
            text: string;
            completed?: boolean;
            /** @description Where to insert (0 = first); the end when omitted or past it. */
            position?: number;
        };
        UpdateChecklistItemInput: {
            text?: string;
            completed?: boolean;
            position?: number;
        };
        CommentPage: {
            items: components["schemas"]["Comment"][];
            next_cursor: string | null;
        };
        Comment: {
            id: string;
            card_id: string;
            /** @description Markdown, stored as written. */
            body: string;
            /** @description Null once the author's account is deleted. */
            author_id: string | null;
            author: {
                id: string;
                name: string;
            } | null;
            created_at: string;
            edited_at: string | null;
        };
        CreateCommentInput: {
            card_id: string;
            body: string;
        };
        UpdateCommentInput: {
            body: string;
        };
        DependencyPage: {
            items: components["schemas"]["Dependency"][];
            next_cursor: string | null;
        };
        EventTypeCatalog: {
            items: components["schemas"]["EventType"][];
            /** @description The groups in display order. */
            groups: components["schemas"]["EventTypeGroup"][];
            /** @description Always null: the catalog is one page. */
            next_cursor: null;
        };
        EventType: {
            /** @enum {string} */
            type: "card.created" | "card.updated" | "card.completed" | "card.moved" | "card.archived" | "card.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "list.created" | "list.updated" | "list.deleted" | "board.created" | "board.updated" | "board.deleted" | "member.added" | "member.removed" | "member.role_changed" | "tag.added" | "tag.removed" | "checklist.item_created" | "checklist.item_completed" | "checklist.item_deleted" | "card.assigned" | "card.unassigned" | "file.uploaded" | "file.deleted" | "milestone.created" | "milestone.updated" | "milestone.completed" | "milestone.deleted" | "sprint.created" | "sprint.updated" | "sprint.activated" | "sprint.review_started" | "sprint.completed" | "sprint.paused" | "sprint.resumed" | "sprint.deleted" | "card.sprint_changed" | "dependency.created" | "dependency.deleted" | "schedule.recalculated" | "automation.executed" | "time_entry.started" | "time_entry.stopped" | "time_entry.created" | "time_entry.updated" | "time_entry.deleted" | "auth.login" | "auth.login_failed" | "auth.logout" | "board.accessed" | "token.created" | "token.revoked" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.disabled" | "webhook.test";
            /** @description The group (`cards`, `security`…) it is listed under; see `groups`. */
            group: string;
            /** @description Part of the security selection a SIEM forwards: `auth.*`, `board.accessed`, `member.*`, `token.*`, `webhook.*`. */
            security: boolean;
            description: string;
            /** @description JSON Schema (draft 2020-12) of the payload's `data`, generated from the API's own response schemas. */
            data_schema: {
                [key: string]: unknown;
            };
            /** @description A whole delivery body of this type, as a webhook receives it (`id`, `event`, `type`, `timestamp`, … `data`). */
            example: {
                [key: string]: unknown;
            };
        };
        EventTypeGroup: {
            id: string;
            label: string;
            description: string;
        };
        EventPage: {
            items: components["schemas"]["Event"][];
            next_cursor: string | null;
        };
        Event: {
            id: string;
            /** @description An event type from the catalog, e.g. card.moved. */
            type: string;
            workspace_id: string;
            board_id: string | null;
            /** @description Who made the change; null for automations and the system. */
            actor: {
                id: string;
                name: string;
                email: string;
            } | null;
            /** @description The resource as its GET returned it after the change (its last state for a deletion). */
            data: {
                [key: string]: unknown;
            };
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            } | null;
            created_at: string;
        };
        FileUsage: {
            /** @description Bytes the workspace's uploads take. */
            used_bytes: number;
            /** @description FILE_WORKSPACE_QUOTA_BYTES: uploads past it are refused (413). */
            quota_bytes: number;
            /** @description FILE_MAX_BYTES: the largest single upload. */
            max_file_bytes: number;
            /** @description FILE_MAX_PER_CARD: attachments a card may hold. */
            max_files_per_card: number;
            /** @description Uploads and links in the workspace. */
            file_count: number;
        };
        FilePage: {
            items: components["schemas"]["File"][];
            next_cursor: string | null;
        };
        File: {
            id: string;
            card_id: string;
            /**
             * @description An uploaded file, or a link attachment (`url`).
             * @enum {string}
             */
            kind: "upload" | "link";
            /** @description Shown to people and sent in Content-Disposition; sanitized (no path, no control characters). */
            name: string;
            /** @description Detected from the file's first bytes at upload, never taken from the client. Null for links. */
            content_type: string | null;
            /** @description Bytes; 0 for links. */
            size: number;
            /** @description The link of a link attachment; null for uploads. */
            url: string | null;
            /** @description Null once the uploader's account is deleted. */
            uploader_id: string | null;
            uploader: {
                id: string;
                name: string;
            } | null;
            /** @description A thumbnail is ready at `/v1/files/{id}/thumbnail` (PNG, JPEG, WebP and GIF uploads). */
            has_thumbnail: boolean;
            created_at: string;
            updated_at: string;
        };
        CreateLinkInput: {
            card_id: string;
            /** Format: uri */
            url: string;
            /** @description Defaults to the URL. */
            name?: string;
        };
        UpdateFileInput: {
            name: string;
        };
        ListPage: {
            items: components["schemas"]["List"][];
            next_cursor: string | null;
        };
        CreateListInput: {
            board_id: string;
            name: string;
            /** @description Target 0-based index; clamped to the end. Default: the end. */
            position?: number;
        };
        UpdateListInput: {
            name?: string;
            /** @description Moves the list to this 0-based index; clamped to the end. */
            position?: number;
            archived?: boolean;
        };
        MilestonePage: {
            items: components["schemas"]["Milestone"][];
            next_cursor: string | null;
        };
        Milestone: {
            id: string;
            workspace_id: string;
            board_id: string;
            name: string;
            description: string;
            due_at: string | null;
            /** @enum {string} */
            status: "open" | "done";
            /** @description When the status last became done; null while open. */
            completed_at: string | null;
            /** @description Display order among the board's milestones (ties by id). */
            position: number;
            progress: components["schemas"]["MilestoneProgress"];
            created_at: string;
            updated_at: string;
        };
        MilestoneProgress: {
            /** @description Non-archived cards of the milestone. */
            cards_total: number;
            /** @description Of those, the completed ones. */
            cards_done: number;
            /** @description Finished time entries on the milestone's cards (running timers not counted). */
            time_logged_seconds: number;
        };
        CreateMilestoneInput: {
            board_id: string;
            name: string;
            description?: string;
            /** Format: date-time */
            due_at?: string | null;
            /** @enum {string} */
            status?: "open" | "done";
            /** @description Default: after the board's last milestone. */
            position?: number;
        };
        UpdateMilestoneInput: {
            name?: string;
            description?: string;
            /** Format: date-time */
            due_at?: string | null;
            /**
             * @description done records milestone.completed; back to open is a milestone.updated.
             * @enum {string}
             */
            status?: "open" | "done";
            position?: number;
        };
        SearchPage: {
            items: components["schemas"]["SearchHit"][];
            next_cursor: string | null;
        };
        SearchHit: {
            card: components["schemas"]["Card"];
            board_name: string;
            list_name: string;
            /** @description Where the words were found. Empty for a title found only by similarity (a typo). */
            matched_in: ("title" | "description" | "comments" | "checklist_items")[];
            /** @description Higher first: title matches, then description, similar titles, comments, checklist items. */
            score: number;
            title: components["schemas"]["Highlighted"];
            /** @description An excerpt around the matched words, from the best place after the title; null when only the title matched. */
            snippet: {
                /** @enum {string} */
                source: "description" | "comment" | "checklist_item";
                text: components["schemas"]["Highlighted"];
            } | null;
        };
        /** @description Consecutive pieces of the text; `highlight` marks the words that matched. */
        Highlighted: {
            text: string;
            highlight: boolean;
        }[];
        SprintPage: {
            items: components["schemas"]["Sprint"][];
            next_cursor: string | null;
        };
        Sprint: {
            id: string;
            workspace_id: string;
            board_id: string;
            name: string;
            goal: string;
            /** @description YYYY-MM-DD. */
            start_date: string | null;
            /** @description YYYY-MM-DD, inclusive. */
            end_date: string | null;
            capacity: number | null;
            /** @enum {string} */
            capacity_unit: "points" | "hours";
            /** @enum {string} */
            status: "draft" | "planned" | "active" | "review" | "completed" | "paused";
            /** @description The lifecycle actions POST /v1/sprints/{id}/<action> accepts now. */
            allowed_actions: ("plan" | "activate" | "start_review" | "complete" | "pause" | "resume")[];
            progress: components["schemas"]["SprintProgress"];
            activated_at: string | null;
            completed_at: string | null;
            /** @description Set on completion; null before. */
            goal_achieved: boolean | null;
            /** @description Stored on completion; null before. */
            snapshot: {
                committed_cards: number;
                committed_points: number;
                completed_cards: number;
                completed_points: number;
                carried_over_cards: number;
                carried_over_points: number;
                carried_over_card_ids: string[];
                /** @description The sprint unfinished cards moved to; null: the backlog. */
                carried_over_to: string | null;
            } | null;
            created_at: string;
            updated_at: string;
        };
        SprintProgress: {
            /** @description Non-archived cards in the sprint. */
            cards_total: number;
            cards_done: number;
            /** @description Sum of their estimates (cards without one count 0). */
            points_total: number;
            points_done: number;
        };
        CreateSprintInput: {
            board_id: string;
            name: string;
            goal?: string;
            /** Format: date */
            start_date?: string | null;
            /** Format: date */
            end_date?: string | null;
            capacity?: number | null;
            /** @enum {string} */
            capacity_unit?: "points" | "hours";
        };
        GeneratedSprints: {
            items: components["schemas"]["Sprint"][];
        };
        GenerateSprintsInput: {
            board_id: string;
            count: number;
            length_days: number;
            /**
             * Format: date
             * @description The first generated sprint's start. Default: the day after the board's last sprint ends, else today (UTC).
             */
            start_date?: string;
            /** @description Default "Sprint": names go on numbering the board's sprints. */
            name_prefix?: string;
            capacity?: number | null;
            /** @enum {string} */
            capacity_unit?: "points" | "hours";
        };
        /** @description The status changes only through the lifecycle actions. */
        UpdateSprintInput: {
            name?: string;
            goal?: string;
            /** Format: date */
            start_date?: string | null;
            /** Format: date */
            end_date?: string | null;
            capacity?: number | null;
            /** @enum {string} */
            capacity_unit?: "points" | "hours";
        };
        CompleteSprintInput: {
            /**
             * @description Where the sprint's unfinished cards go. Default next_sprint when the board has one, else backlog.
             * @enum {string}
             */
            unfinished?: "next_sprint" | "backlog";
            /** @description The draft or planned sprint of the same board to carry over to. Default: the earliest one (start_date, then creation). */
            next_sprint_id?: string;
            /** @description Default: true when every card of the sprint was completed. */
            goal_achieved?: boolean;
        };
        TagPage: {
            items: components["schemas"]["Tag"][];
            next_cursor: string | null;
        };
        CreateTagInput: {
            board_id: string;
            name: string;
            color: string;
        };
        UpdateTagInput: {
            name?: string;
            color?: string;
        };
        TimeEntryPage: {
            items: components["schemas"]["TimeEntry"][];
            next_cursor: string | null;
        };
        TimeEntry: {
            id: string;
            card_id: string;
            user_id: string;
            user: {
                id: string;
                name: string;
            };
            started_at: string;
            /** @description Null while the timer runs. */
            ended_at: string | null;
            /** @description Whole seconds from start to end; null while running. */
            duration_seconds: number | null;
            note: string;
            created_at: string;
            updated_at: string;
        };
        CreateTimeEntryInput: {
            card_id: string;
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            ended_at?: string;
            duration_seconds?: number;
            note?: string;
        };
        StartTimerInput: {
            card_id: string;
            note?: string;
        };
        TimeTotals: {
            /** @enum {string|null} */
            group_by: "card" | "user" | null;
            total_seconds: number;
            entry_count: number;
            items: {
                card_id?: string;
                user_id?: string;
                total_seconds: number;
                entry_count: number;
            }[];
        };
        UpdateTimeEntryInput: {
            card_id?: string;
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            ended_at?: string;
            duration_seconds?: number;
            note?: string;
        };
        TokenPage: {
            items: components["schemas"]["Token"][];
            next_cursor: string | null;
        };
        Token: {
            /** @example tok_01k2m3n4p5q6r7s8t9v0w1x2y3 */
            id: string;
            /** @example Nightly export */
            name: string;
            /**
             * @description The token's last characters, to tell tokens apart.
             * @example tt_…a1B2
             */
            hint: string;
            /**
             * @description `read`: GET only. `read_write`: everything the token's user may do.
             * @enum {string}
             */
            scope: "read" | "read_write";
            /** @description The boards the token is restricted to; null for every board its user can see. */
            board_ids: string[] | null;
            /** @description The user the token acts as. */
            user_id: string;
            workspace_id: string;
            created_at: string;
            /** @description null: never expires. */
            expires_at: string | null;
            /** @description Updated at most once a minute. */
            last_used_at: string | null;
        };
        CreatedToken: {
            /** @example tok_01k2m3n4p5q6r7s8t9v0w1x2y3 */
            id: string;
            /** @example Nightly export */
            name: string;
            /**
             * @description The token's last characters, to tell tokens apart.
             * @example tt_…a1B2
             */
            hint: string;
            /**
             * @description `read`: GET only. `read_write`: everything the token's user may do.
             * @enum {string}
             */
            scope: "read" | "read_write";
            /** @description The boards the token is restricted to; null for every board its user can see. */
            board_ids: string[] | null;
            /** @description The user the token acts as. */
            user_id: string;
            workspace_id: string;
            created_at: string;
            /** @description null: never expires. */
            expires_at: string | null;
            /** @description Updated at most once a minute. */
            last_used_at: string | null;
            /**
             * @description The secret. Shown only in this response: store it now.
             * @example tt_4fJ9kQ2mN7pR1sT6vW8xY0zA3bC5dE7gH9jK2mN4
             */
            token: string;
        };
        /**
         * @example {
         *       "name": "CI deploy notes",
         *       "scope": "read_write",
         *       "expires_at": "2030-01-31T00:00:00Z",
         *       "board_ids": null
         *     }
         */
        CreateTokenInput: {
            name: string;
            /**
             * @description `read`: GET only. `read_write`: everything the token's user may do.
             * @enum {string}
             */
            scope: "read" | "read_write";
            /**
             * Format: date-time
             * @description When the token stops working; omit or null for never.
             */
            expires_at?: string | null;
            /** @description Restrict the token to these boards of the workspace; omit or null for every board. */
            board_ids?: string[] | null;
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            next_cursor: string | null;
        };
        Invite: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            /** @enum {string} */
            status: "pending";
            invited_by: string | null;
            created_at: string;
        };
        AddMemberInput: {
            email: string;
            /**
             * @default member
             * @enum {string}
             */
            role: "owner" | "admin" | "member" | "viewer";
        };
        InvitePage: {
            items: components["schemas"]["Invite"][];
            next_cursor: string | null;
        };
        UpdateMemberInput: {
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
        };
        WebhookSettings: {
            /** @description How long this workspace's deliveries are kept; null = the server's maximum. */
            delivery_retention_days: number | null;
            /** @description What applies now: the setting, never above the server's maximum. */
            effective_retention_days: number;
            /** @description The server's WEBHOOK_LOG_RETENTION_DAYS. */
            max_retention_days: number;
        };
        UpdateWebhookSettingsInput: {
            /** @description 1 to the server's WEBHOOK_LOG_RETENTION_DAYS, or null for that maximum. */
            delivery_retention_days: number | null;
        };
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            next_cursor: string | null;
        };
        Webhook: {
            id: string;
            workspace_id: string;
            url: string;
            description: string;
            /** @description Subscribed event types; empty = every event type. */
            events: string[];
            /** @description Boards whose events are sent; empty = all. Workspace-level events always arrive. */
            board_ids: string[];
            active: boolean;
            /**
             * @description X-Webhook-Signature's form: `sha256_prefixed` (default) sends `sha256=<hex>`, `hex` the bare 64-character hex digest. The Standard Webhooks headers are the same either way.
             * @enum {string}
             */
            signature_format: "sha256_prefixed" | "hex";
            /** @description The webhook's own headers, values masked. */
            headers: components["schemas"]["WebhookHeaderHint"][];
            /** @description At most this many deliveries per second are sent; more wait their turn (paced, never failed). Null: no limit. */
            rate_limit_per_second: number | null;
            /** @description Over this many deliveries in a UTC day, further events are recorded as `skipped` with the reason, and can be replayed with recover. Null: no cap. */
            max_deliveries_per_day: number | null;
            /** @description Identifies the signing secret without revealing it. */
            secret_hint: string;
            /** @description Until then the rotated-out secret also signs. */
            previous_secret_expires_at: string | null;
            consecutive_failures: number;
            disabled_reason: string | null;
            disabled_at: string | null;
            /** @description An admin has dismissed the notice that this webhook was turned off automatically (POST …/acknowledge). False while it is on. */
            disabled_acknowledged: boolean;
            /**
             * @description Why it is inactive: `admin` (paused), `failures` (turned off after too many failed deliveries in a row) or `gone` (the receiver answered 410). Null while active.
             * @enum {string|null}
             */
            disabled_by: "admin" | "failures" | "gone" | null;
            /**
             * @description Status of the newest delivery (test deliveries aside); null when there is none yet.
             * @enum {string|null}
             */
            last_delivery_status: "pending" | "success" | "failed" | "skipped" | null;
            /** @description When the newest delivery was last attempted, or created if it has not been attempted (skipped or queued). */
            last_delivery_at: string | null;
            /** @description HTTP status of the newest delivery's latest attempt; null if none was received. */
            last_delivery_status_code: number | null;
            created_by: string | null;
            created_at: string;
            updated_at: string;
        };
        WebhookHeaderHint: {
            name: string;
            /** @description The value masked: only its last 4 characters. */
            value_hint: string;
        };
        WebhookWithSecret: {
            id: string;
            workspace_id: string;
            url: string;
            description: string;
            /** @description Subscribed event types; empty = every event type. */
            events: string[];
            /** @description Boards whose events are sent; empty = all. Workspace-level events always arrive. */
            board_ids: string[];
            active: boolean;
            /**
             * @description X-Webhook-Signature's form: `sha256_prefixed` (default) sends `sha256=<hex>`, `hex` the bare 64-character hex digest. The Standard Webhooks headers are the same either way.
             * @enum {string}
             */
            signature_format: "sha256_prefixed" | "hex";
            /** @description The webhook's own headers, values masked. */
            headers: components["schemas"]["WebhookHeaderHint"][];
            /** @description At most this many deliveries per second are sent; more wait their turn (paced, never failed). Null: no limit. */
            rate_limit_per_second: number | null;
            /** @description Over this many deliveries in a UTC day, further events are recorded as `skipped` with the reason, and can be replayed with recover. Null: no cap. */
            max_deliveries_per_day: number | null;
            /** @description Identifies the signing secret without revealing it. */
            secret_hint: string;
            /** @description Until then the rotated-out secret also signs. */
            previous_secret_expires_at: string | null;
            consecutive_failures: number;
            disabled_reason: string | null;
            disabled_at: string | null;
            /** @description An admin has dismissed the notice that this webhook was turned off automatically (POST …/acknowledge). False while it is on. */
            disabled_acknowledged: boolean;
            /**
             * @description Why it is inactive: `admin` (paused), `failures` (turned off after too many failed deliveries in a row) or `gone` (the receiver answered 410). Null while active.
             * @enum {string|null}
             */
            disabled_by: "admin" | "failures" | "gone" | null;
            /**
             * @description Status of the newest delivery (test deliveries aside); null when there is none yet.
             * @enum {string|null}
             */
            last_delivery_status: "pending" | "success" | "failed" | "skipped" | null;
            /** @description When the newest delivery was last attempted, or created if it has not been attempted (skipped or queued). */
            last_delivery_at: string | null;
            /** @description HTTP status of the newest delivery's latest attempt; null if none was received. */
            last_delivery_status_code: number | null;
            created_by: string | null;
            created_at: string;
            updated_at: string;
            /** @description whsec_… (or the secret you gave): shown only in this response. Store it to verify signatures. */
            secret: string;
        };
        CreateWebhookInput: {
            url: string;
            /** @description Event types to send; omit or [] for all. One of: card.created, card.updated, card.completed, card.moved, card.archived, card.deleted, comment.created, comment.updated, comment.deleted, list.created, list.updated, list.deleted, board.created, board.updated, board.deleted, member.added, member.removed, member.role_changed, tag.added, tag.removed, checklist.item_created, checklist.item_completed, checklist.item_deleted, card.assigned, card.unassigned, file.uploaded, file.deleted, milestone.created, milestone.updated, milestone.completed, milestone.deleted, sprint.created, sprint.updated, sprint.activated, sprint.review_started, sprint.completed, sprint.paused, sprint.resumed, sprint.deleted, card.sprint_changed, dependency.created, dependency.deleted, schedule.recalculated, automation.executed, time_entry.started, time_entry.stopped, time_entry.created, time_entry.updated, time_entry.deleted, auth.login, auth.login_failed, auth.logout, board.accessed, token.created, token.revoked, webhook.created, webhook.updated, webhook.deleted, webhook.disabled, webhook.test. */
            events?: string[];
            board_ids?: string[];
            description?: string;
            active?: boolean;
            /** @description Your own signing secret instead of a generated one: 24–256 printable ASCII characters. `whsec_` + base64 (24–64 bytes) is taken as a Standard Webhooks key; any other string is used as-is, as the HMAC key of both signatures (verify `webhook-signature` with a Standard Webhooks library's raw-key option). Never shown again. */
            secret?: string;
            /**
             * @description X-Webhook-Signature's form: `sha256_prefixed` (default) sends `sha256=<hex>`, `hex` the bare 64-character hex digest. The Standard Webhooks headers are the same either way.
             * @enum {string}
             */
            signature_format?: "sha256_prefixed" | "hex";
            /** @description Up to 10 extra headers sent on every attempt, e.g. {"Authorization": "Splunk <token>"}. Values are stored encrypted and shown masked afterwards. Not allowed: Host, Content-Length, Content-Type, User-Agent, hop-by-hop headers and Tasktide's own X-Webhook-* / webhook-* headers. */
            headers?: {
                [key: string]: string;
            };
            /** @description At most this many deliveries per second are sent; more wait their turn (paced, never failed). Null: no limit. */
            rate_limit_per_second?: number | null;
            /** @description Over this many deliveries in a UTC day, further events are recorded as `skipped` with the reason, and can be replayed with recover. Null: no cap. */
            max_deliveries_per_day?: number | null;
        };
        UpdateWebhookInput: {
            url?: string;
            /** @description Event types to send; omit or [] for all. One of: card.created, card.updated, card.completed, card.moved, card.archived, card.deleted, comment.created, comment.updated, comment.deleted, list.created, list.updated, list.deleted, board.created, board.updated, board.deleted, member.added, member.removed, member.role_changed, tag.added, tag.removed, checklist.item_created, checklist.item_completed, checklist.item_deleted, card.assigned, card.unassigned, file.uploaded, file.deleted, milestone.created, milestone.updated, milestone.completed, milestone.deleted, sprint.created, sprint.updated, sprint.activated, sprint.review_started, sprint.completed, sprint.paused, sprint.resumed, sprint.deleted, card.sprint_changed, dependency.created, dependency.deleted, schedule.recalculated, automation.executed, time_entry.started, time_entry.stopped, time_entry.created, time_entry.updated, time_entry.deleted, auth.login, auth.login_failed, auth.logout, board.accessed, token.created, token.revoked, webhook.created, webhook.updated, webhook.deleted, webhook.disabled, webhook.test. */
            events?: string[];
            board_ids?: string[];
            description?: string;
            active?: boolean;
            /**
             * @description X-Webhook-Signature's form: `sha256_prefixed` (default) sends `sha256=<hex>`, `hex` the bare 64-character hex digest. The Standard Webhooks headers are the same either way.
             * @enum {string}
             */
            signature_format?: "sha256_prefixed" | "hex";
            /** @description Up to 10 extra headers sent on every attempt, e.g. {"Authorization": "Splunk <token>"}. Values are stored encrypted and shown masked afterwards. Not allowed: Host, Content-Length, Content-Type, User-Agent, hop-by-hop headers and Tasktide's own X-Webhook-* / webhook-* headers. Replaces the whole set; a null value keeps that header's current value. */
            headers?: {
                [key: string]: string | null;
            };
            /** @description At most this many deliveries per second are sent; more wait their turn (paced, never failed). Null: no limit. */
            rate_limit_per_second?: number | null;
            /** @description Over this many deliveries in a UTC day, further events are recorded as `skipped` with the reason, and can be replayed with recover. Null: no cap. */
            max_deliveries_per_day?: number | null;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            next_cursor: string | null;
        };
        WebhookDelivery: {
            /** @description msg_…: identical on every attempt (X-Webhook-Delivery, webhook-id). */
            id: string;
            webhook_id: string;
            event: string;
            event_id: string | null;
            test: boolean;
            /** @enum {string} */
            status: "pending" | "success" | "failed" | "skipped";
            attempts: number;
            last_status_code: number | null;
            last_response_time_ms: number | null;
            failure_reason: string | null;
            created_at: string;
            last_attempt_at: string | null;
            next_attempt_at: string | null;
        };
        WebhookDeliveryDetail: {
            /** @description msg_…: identical on every attempt (X-Webhook-Delivery, webhook-id). */
            id: string;
            webhook_id: string;
            event: string;
            event_id: string | null;
            test: boolean;
            /** @enum {string} */
            status: "pending" | "success" | "failed" | "skipped";
            attempts: number;
            last_status_code: number | null;
            last_response_time_ms: number | null;
            failure_reason: string | null;
            created_at: string;
            last_attempt_at: string | null;
            next_attempt_at: string | null;
            /** @description The body exactly as sent (parsed). */
            payload?: unknown;
            /** @description Headers of the latest attempt, signatures included. */
            request_headers: {
                [key: string]: string;
            } | null;
            attempt_log: {
                id: string;
                number: number;
                started_at: string;
                status_code: number | null;
                /** @enum {string|null} */
                error_kind: "timeout" | "connection" | "redirect" | "blocked_address" | "http" | "payload_too_large" | null;
                error_message: string | null;
                duration_ms: number;
                /** @description The first 4 KiB of the response body. */
                response_excerpt: string | null;
                request_headers: {
                    [key: string]: string;
                };
            }[];
        };
        RecoverWebhookResult: {
            /** @description Skipped or failed deliveries of the window queued again. */
            requeued: number;
        };
        RecoverWebhookInput: {
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            until?: string;
        };
        RecoverWebhookPreview: {
            /** @description How many deliveries POST …/recover with the same window would queue again. */
            count: number;
            /** @description created_at of the oldest of them: pass it as `since` to recover exactly these. Null when there are none. */
            oldest_created_at: string | null;
        };
        RotateSecretInput: {
            /** @description How long the old secret keeps signing too; 0 (default) stops it at once. */
            grace_period_seconds?: number;
            /** @description Your own signing secret instead of a generated one: 24–256 printable ASCII characters. `whsec_` + base64 (24–64 bytes) is taken as a Standard Webhooks key; any other string is used as-is, as the HMAC key of both signatures (verify `webhook-signature` with a Standard Webhooks library's raw-key option). Never shown again. */
            secret?: string;
        };
        TestWebhookInput: {
            /** @description Send a sample of this type (marked as a test) instead of webhook.test. */
            event?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Unique per response; quote it when reporting a problem. */
        "X-Request-Id": string;
        /** @description Requests allowed in the current window. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window resets. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
