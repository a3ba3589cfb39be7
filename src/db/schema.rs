//! Diesel table definitions, shared by SQLite and PostgreSQL (see migrations/).

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        password_hash -> Nullable<Text>,
        role -> Text,
        locale -> Nullable<Text>,
        created_at -> Timestamp,
        time_zone -> Nullable<Text>,
        digest_hour -> Integer,
        digest_weekday -> Integer,
        bounce_count -> Integer,
        mail_disabled_at -> Nullable<Timestamp>,
        deleted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Text,
        kind -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    groups (id) {
        id -> Text,
        name -> Text,
        description -> Text,
        created_at -> Timestamp,
        last_activity_at -> Timestamp,
        closed_at -> Nullable<Timestamp>,
        closed_reason -> Nullable<Text>,
        quiet_notice_at -> Nullable<Timestamp>,
        departed_posts -> Text,
    }
}

diesel::table! {
    memberships (group_id, user_id) {
        group_id -> Text,
        user_id -> Text,
        role -> Text,
        joined_at -> Timestamp,
        terms_accepted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    threads (id) {
        id -> Text,
        group_id -> Text,
        kind -> Text,
        title -> Text,
        author_id -> Text,
        created_at -> Timestamp,
        last_post_at -> Timestamp,
        post_count -> Integer,
        listener_id -> Nullable<Text>,
        phase -> Nullable<Text>,
        reminded_at -> Nullable<Timestamp>,
        version -> Integer,
    }
}

diesel::table! {
    posts (id) {
        id -> Text,
        thread_id -> Text,
        parent_id -> Nullable<Text>,
        author_id -> Text,
        seq -> Integer,
        body -> Text,
        body_html -> Text,
        created_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    thread_reads (user_id, thread_id) {
        user_id -> Text,
        thread_id -> Text,
        last_read_seq -> Integer,
    }
}

diesel::table! {
    delivery_choices (user_id, group_id) {
        user_id -> Text,
        group_id -> Text,
        delivery -> Text,
    }
}

diesel::table! {
    digest_marks (user_id, group_id) {
        user_id -> Text,
        group_id -> Text,
        sent_up_to -> Timestamp,
        last_run_at -> Timestamp,
    }
}

diesel::table! {
    reply_tokens (token) {
        token -> Text,
        user_id -> Text,
        thread_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    post_notifications (post_id) {
        post_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        message_id -> Text,
        kind -> Text,
        recipient -> Text,
        raw -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        return_path -> Text,
        hard_refusal -> Integer,
    }
}

diesel::table! {
    inbound_messages (message_id) {
        message_id -> Text,
        outcome -> Text,
        received_at -> Timestamp,
    }
}

diesel::table! {
    inbound_rejections (sender, day) {
        sender -> Text,
        day -> Text,
    }
}

diesel::table! {
    reply_endings (id) {
        id -> Text,
        user_id -> Text,
        received_at -> Timestamp,
        tags -> Text,
    }
}

diesel::table! {
    posting_tokens (token) {
        token -> Text,
        user_id -> Text,
        group_id -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    observation_notes (id) {
        id -> Text,
        thread_id -> Text,
        author_id -> Text,
        body -> Text,
        created_at -> Timestamp,
        published_post_id -> Nullable<Text>,
    }
}

diesel::table! {
    registrants (id) {
        id -> Text,
        name -> Text,
        email -> Text,
        level -> Text,
        years -> Integer,
        region -> Text,
        workplace -> Text,
        language -> Text,
        wishes -> Text,
        created_at -> Timestamp,
        confirmed_at -> Nullable<Timestamp>,
        withdrawn_at -> Nullable<Timestamp>,
        group_id -> Nullable<Text>,
    }
}

diesel::table! {
    proposals (id) {
        id -> Text,
        seed -> BigInt,
        min_size -> Integer,
        max_size -> Integer,
        created_by -> Text,
        created_at -> Timestamp,
        approved_at -> Nullable<Timestamp>,
        approved_by -> Nullable<Text>,
    }
}

diesel::table! {
    proposal_places (proposal_id, registrant_id) {
        proposal_id -> Text,
        registrant_id -> Text,
        group_no -> Integer,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        actor_id -> Text,
        group_id -> Nullable<Text>,
        action -> Text,
        detail -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    learning_entries (id) {
        id -> Text,
        user_id -> Text,
        entry_date -> Date,
        minutes -> Integer,
        learned -> Text,
        will_change -> Nullable<Text>,
        tags -> Text,
        thread_id -> Nullable<Text>,
        group_id -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(memberships -> groups (group_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(threads -> groups (group_id));
diesel::joinable!(threads -> users (author_id));
diesel::joinable!(posts -> threads (thread_id));
diesel::joinable!(posts -> users (author_id));
diesel::joinable!(thread_reads -> threads (thread_id));
diesel::joinable!(proposal_places -> registrants (registrant_id));

diesel::joinable!(delivery_choices -> users (user_id));
diesel::joinable!(digest_marks -> users (user_id));
diesel::joinable!(reply_tokens -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    sessions,
    groups,
    memberships,
    threads,
    posts,
    thread_reads,
    delivery_choices,
    digest_marks,
    reply_tokens,
    post_notifications,
    outbox,
    inbound_messages,
    inbound_rejections,
    reply_endings,
    posting_tokens,
    observation_notes,
    registrants,
    audit_log,
    proposals,
    proposal_places,
    learning_entries,
);
