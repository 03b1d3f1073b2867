/** The newsroom's preview pages, drawn by the site's presenter and views (wiring: the admin API asks, the site renders). */
import type { PreviewRenderer } from "../api/admin/preview.routes.js";
import type { SitePresenter } from "../site/presenter.js";
import { renderDocument } from "../site/render.js";
import { ArticlePage } from "../site/views/article.js";

export function previewRenderer(presenter: SitePresenter): PreviewRenderer {
  return async (articleId) => {
    const page = await presenter.preview(articleId);
    return page ? renderDocument(page.chrome, page.head, <ArticlePage view={page.view} ctx={page.ctx} />) : undefined;
  };
}
