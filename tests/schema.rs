//! `static/article.schema.json` is generated from the Rust types; this test fails when it is stale.
//! Regenerate with: CLAIMTRACK_BLESS=1 cargo test --features schema --test schema

use claimtrack::contract::article::Article;

fn generated() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Article)).unwrap();
    let obj = schema.as_object_mut().unwrap();
    obj.insert(
        "title".into(),
        "claimtrack article JSON, version 1 (claimtrack/article@1)".into(),
    );
    let props = obj
        .get_mut("properties")
        .and_then(|p| p.as_object_mut())
        .unwrap();
    props.insert(
        "schema".into(),
        serde_json::json!({ "const": claimtrack::contract::article::SCHEMA_V1 }),
    );
    serde_json::to_string_pretty(&schema).unwrap() + "\n"
}

#[test]
fn the_published_schema_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/article.schema.json");
    let want = generated();
    if std::env::var_os("CLAIMTRACK_BLESS").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "static/article.schema.json is stale: run CLAIMTRACK_BLESS=1 cargo test --features schema --test schema");
}

#[test]
fn the_demo_article_is_valid_against_the_types() {
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/static/articles")).unwrap()
    {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let article = claimtrack::contract::load::from_json_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc = claimtrack::view::model::Doc::new(article);
        assert!(
            doc.warnings.is_empty(),
            "{}: {:?}",
            path.display(),
            doc.warnings
        );
    }
}
