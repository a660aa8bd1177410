export default function Stub() {
  return <h1>new-resolution</h1>;
}
