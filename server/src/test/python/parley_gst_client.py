#!/usr/bin/python3
"""A non-browser Parley participant: GStreamer's webrtcbin (libnice ICE, OpenSSL DTLS with an RSA certificate) speaking
Parley's real signaling (docs/protocol.md): it registers and signs in over REST, says hello with the access token, joins a
conference, publishes a test pattern (VP8) and a tone (Opus) on the send connection and answers the server's offers on
the recv connection, decoding whatever arrives.

It prints one line per event on stdout, for the JUnit test that runs it (GStreamerClientTest):
  JOINED <participant id>
  PUBLISHED <producer count>
  FRAMES video=<decoded video frames> audio=<decoded audio buffers>   (every second)
and exits 0 after --seconds, or 1 with "ERROR <sentence>".

Two webrtcbin elements, one per peer connection (decision 0002): "send" offers, "recv" answers.
"""
import argparse
import asyncio
import json
import sys
import threading
import urllib.request

import gi

gi.require_version('Gst', '1.0')
gi.require_version('GstWebRTC', '1.0')
gi.require_version('GstSdp', '1.0')
from gi.repository import Gst, GstSdp, GstWebRTC  # noqa: E402
import websockets  # noqa: E402

Gst.init(None)
counts = {'video': 0, 'audio': 0}
counts_lock = threading.Lock()
KEEP_ALIVE = []


def say(*words):
    print(*words, flush=True)


def http_json(base, path, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method='POST',
                                     headers={'Content-Type': 'application/json'})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b'{}')
    except urllib.error.HTTPError as e:
        raise SystemExit(f'ERROR {path} answered {e.code}: {e.read().decode(errors="replace")}')


def new_webrtcbin(pipeline, name):
    webrtc = Gst.ElementFactory.make('webrtcbin', name)
    webrtc.set_property('bundle-policy', GstWebRTC.WebRTCBundlePolicy.MAX_BUNDLE)
    pipeline.add(webrtc)
    # Keep media on loopback: libnice gathers only the addresses it is given once one is given, and Parley's test server
    # announces 127.0.0.1 and accepts checks from loopback only.
    ice = webrtc.get_property('ice-agent')
    ice.emit('add-local-ip-address', '127.0.0.1')
    # GStreamer 1.22's webrtcbin hands out its ICE agent without a reference of its own (g_value_take_object): once this
    # wrapper were collected, its unref would destroy the agent under webrtcbin. Keep it for the life of the process.
    KEEP_ALIVE.append(ice)
    # Consent freshness (RFC 7675): Parley, like every WebRTC server, closes a connection that sends no authenticated
    # Binding request for 30 s. libnice's default keepalives are Binding indications, which prove nothing: ask for
    # requests instead (what browsers send every ~2.5 s anyway).
    ice.get_property('agent').set_property('keepalive-conncheck', True)
    return webrtc


def wait_promise(emit):
    promise = Gst.Promise.new()
    emit(promise)
    promise.wait()
    return promise.get_reply()


def description(kind, sdp_text):
    _, message = GstSdp.SDPMessage.new_from_text(sdp_text)
    return GstWebRTC.WebRTCSessionDescription.new(kind, message)


def counting_sink(pipeline, kind):
    """A fakesink whose buffers (decoded frames or audio chunks) are counted."""
    queue = Gst.ElementFactory.make('queue')
    convert = Gst.ElementFactory.make('videoconvert' if kind == 'video' else 'audioconvert')
    sink = Gst.ElementFactory.make('fakesink')
    sink.set_property('sync', False)
    for element in (queue, convert, sink):
        pipeline.add(element)
        element.sync_state_with_parent()
    queue.link(convert)
    convert.link(sink)

    def count(_pad, _info):
        with counts_lock:
            counts[kind] += 1
        return Gst.PadProbeReturn.OK

    sink.get_static_pad('sink').add_probe(Gst.PadProbeType.BUFFER, count)
    return queue


def on_recv_pad(pipeline, pad):
    if pad.direction != Gst.PadDirection.SRC:
        return
    decode = Gst.ElementFactory.make('decodebin')

    def on_decoded(_decodebin, decoded):
        name = decoded.get_current_caps().get_structure(0).get_name()
        kind = 'video' if name.startswith('video') else 'audio'
        decoded.link(counting_sink(pipeline, kind).get_static_pad('sink'))

    decode.connect('pad-added', on_decoded)
    pipeline.add(decode)
    decode.sync_state_with_parent()
    pad.link(decode.get_static_pad('sink'))


def add_sources(pipeline, send):
    """videotestsrc → VP8 and audiotestsrc → Opus, linked to the send webrtcbin; fixed SSRCs so the offer lists them."""
    chains = [
        ('videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=180,framerate=15/1 ! videoconvert ! '
         'vp8enc deadline=1 cpu-used=8 keyframe-max-dist=30 target-bitrate=300000 ! rtpvp8pay pt=96 ssrc=1111 '
         'picture-id-mode=15-bit ! capsfilter caps="application/x-rtp,media=video,encoding-name=VP8,payload=96,'
         'clock-rate=90000"'),
        ('audiotestsrc is-live=true wave=ticks ! audioconvert ! audioresample ! opusenc ! rtpopuspay pt=111 ssrc=2222 ! '
         'capsfilter caps="application/x-rtp,media=audio,encoding-name=OPUS,payload=111,clock-rate=48000"'),
    ]
    for description_text in chains:
        chain = Gst.parse_bin_from_description(description_text, True)
        pipeline.add(chain)
        chain.get_static_pad('src').link(send.request_pad_simple('sink_%u'))
    for index in range(2):
        transceiver = send.emit('get-transceiver', index)
        transceiver.set_property('direction', GstWebRTC.WebRTCRTPTransceiverDirection.SENDONLY)


def sources_of(sdp_text):
    """The publish message's sources: mid → camera/microphone, from the offer's m-lines."""
    sources, kind = {}, None
    for line in sdp_text.splitlines():
        if line.startswith('m='):
            kind = line[2:].split(' ')[0]
        elif line.startswith('a=mid:') and kind in ('audio', 'video'):
            sources[line[6:]] = 'camera' if kind == 'video' else 'microphone'
    return sources


def with_section_transport(sdp_text):
    """webrtcbin 1.22 wants ICE credentials, a fingerprint and a setup role in every m-section, even a rejected one
    (port 0), which RFC 8843 leaves without transport attributes: give those sections the first section's."""
    transport_names = ('a=ice-ufrag:', 'a=ice-pwd:', 'a=fingerprint:', 'a=setup:')
    lines = sdp_text.rstrip('\r\n').split('\r\n')
    transport = {}
    for line in lines:
        for name in transport_names:
            transport.setdefault(name, line) if line.startswith(name) else None
    sections, current = [[]], None
    for line in lines:
        if line.startswith('m='):
            sections.append([])
        sections[-1].append(line)
    out = sections[0]
    for section in sections[1:]:
        missing = [transport[n] for n in transport_names if n in transport and not any(l.startswith(n) for l in section)]
        out += section + missing
    return '\r\n'.join(out) + '\r\n'


def check(reply, step, sdp):
    """A webrtcbin promise reply carries an "error" field when the step failed; say which, with the SDP it choked on."""
    if reply is not None and reply.has_field('error'):
        print(sdp, file=sys.stderr, flush=True)
        raise SystemExit(f"ERROR {step} failed: {reply.get_value('error').message}")


class Signaling:
    def __init__(self, socket):
        self.socket = socket
        self.next_id = 0
        self.pending = {}
        self.events = asyncio.Queue()

    async def request(self, type_, **fields):
        self.next_id += 1
        key = str(self.next_id)
        future = asyncio.get_running_loop().create_future()
        self.pending[key] = future
        await self.socket.send(json.dumps({'type': type_, 'id': key, **fields}))
        reply = await asyncio.wait_for(future, 30)
        if reply['type'] == 'error':
            raise SystemExit(f"ERROR {type_} refused: {reply.get('code')}: {reply.get('message')}")
        return reply

    async def read(self):
        async for text in self.socket:
            message = json.loads(text)
            future = self.pending.pop(message.get('id'), None) if 'id' in message else None
            if future is not None:
                future.set_result(message)
            else:
                await self.events.put(message)


async def answer_offers(signaling, recv):
    while True:
        message = await signaling.events.get()
        if message['type'] == 'transport_state' and message['state'] == 'failed':
            say('ERROR', f"the {message['connection']} connection failed on the server: {message.get('reason')}")
        if message['type'] != 'subscribe_offer':
            continue
        say('OFFER', message['version'])
        offer = description(GstWebRTC.WebRTCSDPType.OFFER, with_section_transport(message['sdp']))
        reply = await asyncio.to_thread(wait_promise, lambda p: recv.emit('set-remote-description', offer, p))
        check(reply, 'set-remote-description', message['sdp'])
        reply = await asyncio.to_thread(wait_promise, lambda p: recv.emit('create-answer', None, p))
        check(reply, 'create-answer', message['sdp'])
        answer = reply.get_value('answer')
        await asyncio.to_thread(wait_promise, lambda p: recv.emit('set-local-description', answer, p))
        await signaling.request('subscribe_answer', version=message['version'], sdp=answer.sdp.as_text())


async def run(args):
    base = args.server.rstrip('/')
    password = 'correct horse battery staple'
    try:
        http_json(base, '/users/register', {'username': args.username, 'email': args.username + '@example.org',
                                            'password': password})
    except SystemExit as refused:
        say('NOTE', refused, '(signing in as an existing account)')  # the same name again, or the registration limit
    token = http_json(base, '/users/login', {'username': args.username, 'password': password})['access_token']

    pipeline = Gst.Pipeline.new('parley')
    send = new_webrtcbin(pipeline, 'send')
    recv = new_webrtcbin(pipeline, 'recv')
    recv.connect('pad-added', lambda _element, pad: on_recv_pad(pipeline, pad))
    add_sources(pipeline, send)
    pipeline.set_state(Gst.State.PLAYING)

    ws_url = 'ws' + base[len('http'):] + '/ws'
    async with websockets.connect(ws_url, origin=base, max_size=1 << 20) as socket:
        signaling = Signaling(socket)
        reader = asyncio.create_task(signaling.read())
        await signaling.request('hello', token=token)
        joined = await signaling.request('join', conference_id=args.conference)
        say('JOINED', joined['participant_id'])
        answering = asyncio.create_task(answer_offers(signaling, recv))

        reply = await asyncio.to_thread(wait_promise, lambda p: send.emit('create-offer', None, p))
        offer = reply.get_value('offer')
        await asyncio.to_thread(wait_promise, lambda p: send.emit('set-local-description', offer, p))
        sdp = offer.sdp.as_text()
        published = await signaling.request('publish', sdp=sdp, sources=sources_of(sdp))
        answer = description(GstWebRTC.WebRTCSDPType.ANSWER, published['sdp'])
        await asyncio.to_thread(wait_promise, lambda p: send.emit('set-remote-description', answer, p))
        say('PUBLISHED', len(published['producers']))

        for _ in range(args.seconds):
            await asyncio.sleep(1)
            if reader.done() or answering.done():
                break
            with counts_lock:
                say(f"FRAMES video={counts['video']} audio={counts['audio']}")
        for task in (reader, answering):
            if task.done() and task.exception():
                raise SystemExit(f'ERROR {task.exception()!r}')
        await signaling.request('leave')
        reader.cancel()
        answering.cancel()
    pipeline.set_state(Gst.State.NULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--server', required=True, help='http://127.0.0.1:<port>')
    parser.add_argument('--conference', required=True)
    parser.add_argument('--username', required=True)
    parser.add_argument('--seconds', type=int, default=20)
    asyncio.run(run(parser.parse_args()))


if __name__ == '__main__':
    main()
