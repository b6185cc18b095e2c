import type { GitHubClient } from './client.js'

export interface Review {
  id: number
  body: string
}

/** Every review of a pull request, page by page. */
export async function listReviews(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<Review[]> {
  const reviews: Review[] = []
  for (let page = 1; ; page++) {
    const { data } = await client.rest.pulls.listReviews({ owner, repo, pull_number: pullNumber, per_page: 100, page })
    for (const review of data) reviews.push({ id: review.id, body: review.body ?? '' })
    if (data.length < 100) return reviews
  }
}
